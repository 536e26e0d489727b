package collection

// Collection is a Postman collection (v2.0 or v2.1), normalised: v2.0 and
// v2.1 differences (auth shape, URL shape) are resolved at load time.
type Collection struct {
	Info      Info
	Items     []*Item
	Events    []Event
	Variables []Variable
	Auth      *Auth
	// ProtocolProfileBehavior is the collection-level settings object.
	ProtocolProfileBehavior map[string]any
	// Source is the file the collection was loaded from, for messages.
	Source string
	// Version is the schema version the document was validated against:
	// Version20 or Version21.
	Version string
	// Raw is the JSON document as loaded (after unwrapping), for
	// --export-collection.
	Raw map[string]any
}

// Info is the collection's info block.
type Info struct {
	ID          string
	Name        string
	Schema      string
	Description string
}

// Item is a folder (Items non-nil, Request nil) or a request item.
type Item struct {
	ID          string
	Name        string
	Description string
	// Parent is the enclosing folder, nil at the top level.
	Parent    *Item
	Items     []*Item
	Request   *Request
	Events    []Event
	Variables []Variable
	Auth      *Auth
	// ProtocolProfileBehavior is this item's own settings object (not merged).
	ProtocolProfileBehavior map[string]any
}

// IsFolder reports whether the item is a folder.
func (it *Item) IsFolder() bool { return it.Request == nil }

// Path returns the names from the outermost folder down to the item itself.
func (it *Item) Path() []string {
	var p []string
	for x := it; x != nil; x = x.Parent {
		p = append([]string{x.Name}, p...)
	}
	return p
}

// Request is an HTTP request definition. Values may contain {{variables}}.
type Request struct {
	Method      string
	URL         URL
	Headers     []Header
	Body        *Body
	Auth        *Auth
	Description string
}

// Header is one header; Disabled headers are not sent.
type Header struct {
	Key      string
	Value    string
	Disabled bool
}

// URL is a request URL. Raw is always set; the structured parts are filled
// from Raw when the collection omitted them.
type URL struct {
	Raw      string
	Protocol string
	// UserInfo is the "user:password" part before "@" in the host, if any.
	UserInfo string
	Host     []string
	Port     string
	Path     []string
	Query    []QueryParam
	// Variables are path variables (":id" segments).
	Variables []Variable
	Hash      string
}

// QueryParam is one query parameter. Value is nil for a key without "=".
type QueryParam struct {
	Key      string
	Value    *string
	Disabled bool
}

// Body is a request body.
type Body struct {
	// Mode is one of raw, urlencoded, formdata, file, graphql.
	Mode string
	Raw  string
	// Language is options.raw.language (json, javascript, html, xml, text).
	Language   string
	URLEncoded []Param
	FormData   []FormParam
	// FileSrc is the file path for mode "file".
	FileSrc  string
	GraphQL  *GraphQL
	Disabled bool
}

// Param is a key/value pair of an urlencoded body.
type Param struct {
	Key      string
	Value    string
	Disabled bool
}

// FormParam is one multipart form field: Type "text" or "file".
type FormParam struct {
	Key   string
	Value string
	Type  string
	// Src holds file paths for file fields (several for multi-file fields).
	Src         []string
	ContentType string
	Disabled    bool
}

// GraphQL is a graphql body.
type GraphQL struct {
	Query     string
	Variables string
}

// Auth is an auth definition: Type is noauth, inherit, basic, bearer, apikey,
// digest, oauth2, ... Params holds the type's parameters by key (v2.0 objects
// and v2.1 key/value lists are both normalised to this map).
type Auth struct {
	Type   string
	Params map[string]any
}

// Param returns the string form of an auth parameter ("" when absent).
func (a *Auth) Param(key string) string {
	if a == nil {
		return ""
	}
	v, ok := a.Params[key]
	if !ok || v == nil {
		return ""
	}
	return ToString(v)
}

// Event is a script attached to an item, folder or collection. Listen is
// "prerequest" or "test".
type Event struct {
	Listen   string
	Script   Script
	Disabled bool
}

// Script is a JavaScript source. ID is unique within the loaded collection
// (a generated one when the file has none) and is used to cache compiled
// programs.
type Script struct {
	ID   string
	Exec string
	// Name is a label for messages, e.g. "Folder / Request test-script".
	Name string
}

// Variable is one variable of a collection, folder, environment, globals or
// iteration-data row.
type Variable struct {
	Key   string
	Value any
	// Type is the declared type: string, number, boolean, any, secret,
	// default; "" when absent.
	Type     string
	Disabled bool
}
