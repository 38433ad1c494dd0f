export * from './ledger-rule-violation.js';
export * from './ledger-rules.js';
