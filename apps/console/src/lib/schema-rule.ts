import type { Rule } from 'antd/es/form';

/** A form rule that asks the contract's schema, and words a refusal in the reader's language. */
export function schemaRule(accepts: (value: unknown) => boolean, message: string): Rule {
  return { validator: (_, value: unknown) => (accepts(value) ? Promise.resolve() : Promise.reject(new Error(message))) };
}
