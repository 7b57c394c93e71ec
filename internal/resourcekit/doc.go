// Package resourcekit is the shared resource layer: what every resource and
// data source of the provider does the same way, written once.
//
// A resource brings its schema, its model <-> API mapping and its API calls
// by implementing Definition; Register wraps it into a framework resource
// that does the rest: Configure and the not-configured error, reading plan,
// state and configuration into the model, saving the model, turning an error
// into an "Error <verb>ing <noun>" diagnostic, removing a vanished object on
// read, treating the delete of a gone object as success, and import IDs
// parsed by resourceid with one error title. Data sources do the same through
// DataSourceDefinition and NewDataSource.
//
// A definition that is also Discoverable gets a resource identity (set with
// every state it saves, import by identity through the same Import) and a
// list resource for terraform query; the provider lists those through
// ListResources.
//
// Optional framework interfaces (ValidateConfig, ModifyPlan, ConfigValidators)
// are passed through when the definition implements them, with the
// framework's own signatures.
package resourcekit
