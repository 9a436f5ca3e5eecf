// MiniSearch publishes its radix tree as the subpath export 'minisearch/SearchableMap', which
// TypeScript's "node" module resolution cannot see; point it at the declarations in the package.
declare module 'minisearch/SearchableMap' {
  export { default } from 'minisearch/dist/es/SearchableMap';
}
