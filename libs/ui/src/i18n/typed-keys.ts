import type { ParseKeys } from 'i18next';
import type { sharedMessages } from './resources';

/**
 * Where an app registers the type of its own zh-CN texts, so that `t()` knows its keys too:
 * `declare module '@bangfu/ui' { interface AppMessagesRegister { messages: (typeof messages)['zh-CN'] } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled by each app through declaration merging
export interface AppMessagesRegister {}

type RegisteredAppMessages = AppMessagesRegister extends { messages: infer M } ? M : object;

/** `t()` accepts only keys of the zh-CN texts, the shared ones and the app's: a misspelt key fails to compile. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: (typeof sharedMessages)['zh-CN'] & RegisteredAppMessages };
  }
}

/** A key `t()` accepts, for tables of keys written ahead of the call. */
export type MessageKey = ParseKeys;
