// Package collection loads Postman collections (v2.0 and v2.1), environment
// and globals exports and iteration-data files, and resolves {{variables}}.
//
// Loading validates every document against the JSON Schemas embedded in the
// schemas package and normalises the two collection versions into one model
// (Collection, Item, Request, ...): v2.0 auth objects and v2.1 key/value
// lists both become Auth.Params, URLs given as strings are parsed, structured
// URL parts missing from an object are filled from its raw form, and
// scripts and items without ids get stable generated ones. Errors are
// *LoadError values that name the file, the line and column of a JSON syntax
// error or the JSON pointers of schema problems, and carry a hint. A v1
// collection is refused with ErrV1Collection and a hint to convert it to
// v2.1.
//
// Tree helpers walk the folder tree the way a run does (Requests, Select for
// --folder, Find for setNextRequest) and resolve what is inherited from the
// collection and the enclosing folders (ScriptsFor, AuthFor,
// ProtocolProfileBehaviorFor, VariablesFor).
//
// Scopes holds the variable scopes of a run in Postman's order of
// precedence, local > iteration data > environment > collection > globals,
// and implements Postman's {{name}} substitution, including nested
// references and the dynamic variables ({{$guid}}, {{$timestamp}},
// {{$randomEmail}}, ...; see DynamicVariables for the list).
//
// The package has no I/O beyond reading the files it is asked to load. It
// must not import net/http, goja or a logging library: the engine (package
// runner) does HTTP, the sandbox runs scripts, and callers report errors.
package collection
