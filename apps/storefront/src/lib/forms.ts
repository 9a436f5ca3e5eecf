import type Form from 'antd-mobile/es/components/form';

/** antd-mobile's form instance, as Form.useForm gives it (the package does not export the type from its root). */
export type FormInstance = ReturnType<typeof Form.useForm>[0];

/** A schema of the contracts, or anything else that says whether a value passes. */
interface Check {
  safeParse(value: unknown): { success: boolean };
}

/**
 * A form rule that holds a field to the contracts' own rule, with a message in the shopper's language; text is
 * checked as the API will receive it, trimmed.
 */
export function contractRule(check: Check, message: string) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (!check.safeParse(typeof value === 'string' ? value.trim() : value).success) throw new Error(message);
    },
  };
}
