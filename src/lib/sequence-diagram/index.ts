export * from './parse';
export * from './layout';
