// prism-react-renderer itself: its `Highlight` and Prism's grammars. A page whose Markdown has a code block imports
// this file (plugins/prism-languages), so it is loaded with the page, before React hydrates it; any other code block
// loads it on first use (LazyHighlight.tsx). Pages without code never load it.
import {Highlight, Prism} from 'prism-react-renderer';
import {registerHighlight} from './LazyHighlight';

registerHighlight(Highlight, Prism.languages);

export default Highlight;
