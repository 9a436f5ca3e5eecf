import { lazy, type ComponentType } from 'react';

/**
 * A component whose code loads when it first renders (a page, the banner carousel), so the first download holds
 * only what the first screen needs. Modules export components by name (`export function CartRoute`).
 */
export function lazyComponent<Props extends object, Name extends string>(load: () => Promise<Record<Name, ComponentType<Props>>>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
