/**
 * The version of the editor schema (the extension list below). A client sends it when it connects
 * (`?v=`); the server refuses any other with 4400 OUTDATED_SCHEMA, because a client without a node
 * type would show nothing of it and an older client could drop it. Raise it with every change to the
 * extension list or to a node's attributes.
 */
export const EDITOR_SCHEMA_VERSION = 1;

/** The interop contract: a guideline's body is the Y.XmlFragment of this name in its Y.Doc. */
export const YJS_FRAGMENT = 'default';
