import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
import t from '../tools.module.css';

// What the reader pastes is code, ids and URLs, not prose: no spelling marks, autofill or capitals.
const CODE_INPUT = {spellCheck: false, autoComplete: 'off', autoCorrect: 'off', autoCapitalize: 'off'} as const;

interface FieldProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

interface TextFieldProps extends FieldProps {
  readonly name?: string;
  readonly inputMode?: 'numeric' | 'url';
  readonly placeholder?: string;
  /** Sets `aria-invalid` while a finding points at this field. */
  readonly invalid?: boolean;
}

/** A labelled one-line text input for code-like values. */
export function TextField({
  id,
  label,
  value,
  onChange,
  name,
  inputMode,
  placeholder,
  invalid = false,
}: TextFieldProps): React.JSX.Element {
  return (
    <div className={t.field}>
      <label htmlFor={id} className={t.label}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={inputMode}
        className={t.input}
        value={value}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value)}
        {...CODE_INPUT}
      />
    </div>
  );
}

interface TextAreaProps extends FieldProps {
  readonly rows: number;
  /** Shown under the label and tied to the textarea with `aria-describedby`. */
  readonly hint?: ReactNode;
  readonly className?: string;
}

/** A labelled textarea for pasted tokens, keys, scopes and error responses. */
export function TextArea({id, label, value, onChange, rows, hint, className}: TextAreaProps): React.JSX.Element {
  const hintId = hint !== undefined ? `${id}-hint` : undefined;
  return (
    <div className={t.field}>
      <label htmlFor={id} className={t.label}>
        {label}
      </label>
      {hint !== undefined ? (
        <span id={hintId} className={t.hint}>
          {hint}
        </span>
      ) : null}
      <textarea
        id={id}
        aria-describedby={hintId}
        className={clsx(t.textarea, className)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...CODE_INPUT}
        rows={rows}
      />
    </div>
  );
}

interface RadioChoiceProps<T extends string> {
  /** The radio group's `name`; unique on the page. */
  readonly name: string;
  readonly legend: ReactNode;
  readonly options: readonly {readonly value: T; readonly label: ReactNode}[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** A fieldset of radio buttons, one per option. */
export function RadioChoice<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
}: RadioChoiceProps<T>): React.JSX.Element {
  return (
    <fieldset className={t.fieldset}>
      <legend>{legend}</legend>
      <div className={t.radios}>
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface EnvironmentChoiceProps {
  readonly name: string;
  readonly legend: ReactNode;
  /** The tools word the two environments differently, so each passes its own translated labels. */
  readonly test: ReactNode;
  readonly prod: ReactNode;
  readonly value: ActiveEnvironmentId;
  readonly onChange: (value: ActiveEnvironmentId) => void;
}

/** Test or production: the choice every tool checks its input against. */
export function EnvironmentChoice({
  name,
  legend,
  test,
  prod,
  value,
  onChange,
}: EnvironmentChoiceProps): React.JSX.Element {
  return (
    <RadioChoice
      name={name}
      legend={legend}
      options={[
        {value: 'test', label: test},
        {value: 'prod', label: prod},
      ]}
      value={value}
      onChange={onChange}
    />
  );
}
