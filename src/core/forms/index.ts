/** Google Forms: progress answers and surveys, as pure functions over sheet values (see README, docs/forms.md). */
export * from './questions';
export * from './answer';
export * from './ledger';
export * from './surveys';
export * from './contributions';
export * from './view';
export { hash53 } from './hash';
export * from './context';
export * from './ledger-merge';
export * from './match';
