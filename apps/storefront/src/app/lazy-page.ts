import type { ComponentType } from 'react';
import { addPageMessages } from '../i18n';
import { lazyComponent } from '../lib/lazy-component';

/** A page other than home: its code and the texts of the pages past home load together on its first visit. */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazyComponent(async () => (await Promise.all([load(), addPageMessages()]))[0], name);
}
