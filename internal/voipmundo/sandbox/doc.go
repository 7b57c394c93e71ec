// Package sandbox emulates the customer-record API of VoIP Mundo Telecom
// (the NextBilling platform, https://api.voipmundotelecom.com.br/api) for
// tests and the telecom-sandbox command.
//
// Served paths, relative to the host (point a client at server URL +
// BasePath):
//
//	GET /api/getCustomer/<API_TOKEN>/<API_KEY>/<customer_id>   full customer record (master and reseller tokens)
//	GET /api/getCustomer/<API_TOKEN>/<API_KEY>                 the caller's own record (subscriber tokens)
//
// Tags: [doc] the vendor documentation as summarised in the project's
// vendor notes (VoIP Mundo's page and the NextBilling pages it copies);
// [seed] the stored copy of the VoIP Mundo page "Cadastro Completo de um
// Cliente" with its field table (where it and the notes differ, the seed
// is followed); [inferred] chosen here where the sources are silent.
//
// # Paths
//
//   - [doc] Base https://api.voipmundotelecom.com.br/api/, no version
//     segment; the URL shape is /api/<action>/<API_TOKEN>/<API_KEY>[/<id>]
//     with the credentials as path segments and no header.
//   - [seed] Master and reseller (Revenda) tokens give the customer id as
//     the last path segment; subscriber (Assinante) tokens need no id and
//     get their own record. Read with HTTP GET.
//   - [inferred] The action name is not in the stored copy (its example URL
//     was cut): ActionCustomer ("getCustomer", after NextBilling names such
//     as listDevices and statusCustomer; GET on manageCustomers is the other
//     candidate). WithCustomerActions replaces it. Action names are
//     case-sensitive. HEAD is served like GET.
//   - [inferred] Repeated slashes and a trailing slash are ignored (the
//     vendor's examples show neither, and a URL built by joining segments
//     may have them); so /api/getCustomer/<t>/<k>/ has no id. No ".json"
//     suffix appears in any example, so none is stripped: on the key it
//     makes the credentials wrong (403), on the id it makes the id unknown.
//   - [inferred] The query string is ignored. A request body is read and
//     ignored (only its size counts).
//
// # Status codes and errors
//
//   - [doc] The platform's HTTP codes: 400 incomplete request, 403 Access
//     Denied (wrong token), 404 no such action, 413 body over 128 KB
//     (MaxRequestBody), 422 a required parameter missing, 429 too many
//     simultaneous requests. Replies have error (number 1 on error, else 0)
//     and reason ("OK" on success) [doc]/[seed].
//   - [inferred] Every HTTP error answers the same JSON {"error":1,
//     "reason":"…"} with a Portuguese reason (the Reason* constants; not
//     vendor text). Content-Type is "application/json; charset=utf-8".
//   - [inferred] Order of checks: simultaneous requests (429), body size
//     (413), path prefix and action (404), token and key present (400),
//     more than four segments after BasePath (404), token and key (403),
//     customer id (422, then 200 with error 1).
//   - [inferred] Any method other than GET/HEAD on the action answers 404
//     (the platform keys actions by method; the notes list no 405).
//   - [doc]/[inferred] 422 when a master or reseller token gives no
//     customer id (the notes' guess for a missing parameter).
//   - [inferred] An unknown customer id, an id that is not a positive
//     decimal integer, and a customer the caller may not read all answer
//     HTTP 200 {"error":1,"reason":"Cliente não encontrado"}, the same
//     reason so that a reseller cannot probe foreign ids (the notes'
//     "probably HTTP 200 with error 1").
//   - [inferred] 429: no limit by default; WithMaxConcurrent /
//     SetMaxConcurrent set a limit of requests in progress, SetThrottled
//     answers 429 to everything. No Retry-After header (none documented).
//     The limit applies to every path (checked before anything else). A
//     request holds its slot for its whole life, including the Kit's
//     injected latency and the reading of its body. Requests answered 429
//     go through the Kit too (recorded, faults apply) but take no slot.
//
// # Tokens and access levels
//
//   - [doc] Three levels: master (platform operator), Revenda (reseller),
//     Assinante (subscriber). A bad token answers 403. Example tokens look
//     like a UUID with a -NNNN suffix, and so do the seeded ones (the keys
//     too [inferred]).
//   - [seed] The record's users carry api_access, api_token and api_key;
//     tipo is 2 (Revenda) or 4 (Assinante).
//   - [inferred] The master pair is configuration (DemoMasterToken,
//     DemoMasterKey; WithMaster), not a customer record. Every other pair is
//     looked up among the users of the stored records: it is valid when the
//     user has api_access 1 and status 1 and its customer has status 1 and
//     tipo 2 (a reseller token) or 4 (a subscriber token); otherwise, and
//     for an unknown pair or a wrong key, 403. Changing a record with
//     PutCustomer therefore changes what its tokens may do.
//   - [inferred] A master token reads any customer. A reseller token reads
//     the customers whose id_hie is its own id (one level; not its own
//     record, which has the platform as parent). A subscriber token reads
//     its own record: without an id, or with its own id; another id answers
//     the not-found error (WithSubscriberIDIgnored: any id is ignored).
//
// # The record
//
//   - [seed] The answer is one flat object: error, reason, the top-level
//     fields id, id_hie, id_origem, id_vendedor, id_vinculo, status, the
//     seventeen tem_* flags and tipo, the object finance (allow_loss_call,
//     available_disk_space, call_only_local, disk_space, the franquia_*
//     ids with their *_used minutes, franquia_last_reset, habilita_npn,
//     habilita_npn_fixo, id_perfil, id_plano, id_plano_sms, inc_*, ini_*,
//     max_devices, sipcode_no_prefix, tipo_tar, tmp_*) and users (api_access,
//     api_key, api_token, can_spy, failed_attempts, id, id_perfil,
//     last_attempt, last_login, logins, nome_completo, root, status,
//     username). Exactly these fields (Customer, Finance, User); the names
//     and documents of the create call (nome_fantasia, cpf, …) are not in
//     the seed's table and are not sent. Flags are 0/1; users' last_attempt
//     and last_login are unix timestamps.
//   - [doc] Value types are mixed on this platform: record values from the
//     database come as strings ("id":"1", "saldo":"0.00000" in the
//     listDevices example) while top-level members are numbers.
//   - [inferred] Seeded so: top-level record fields are JSON numbers;
//     finance.* and users.* are strings, except the computed finance values
//     available_disk_space and franquia_*_used, which are numbers. A client
//     must accept a string or a number for every field (and null: the zero
//     Value). The JSON type of each field is stored (Value) and can be
//     changed with PutCustomer.
//   - [inferred] users is an array, because the field table tells the main
//     user (root 1) from additional users (root 0), so a customer has
//     several. WithUsersShape(UsersByID) sends an object keyed by user id
//     ([] when empty, as PHP encodes an empty array), UsersRoot only the
//     main user as an object. Members are in alphabetical order (the order
//     of the seed's table). franquia_last_reset is "YYYY-MM-DD HH:MM:SS".
//   - [inferred] Customer.Extra adds raw top-level members or replaces a
//     record field with another JSON shape (error and reason excepted), to
//     test a client against unknown fields and PHP's [] for empty objects.
//
// # Seeded data
//
// The reseller DemoResellerCustomerID (tipo 2, id_hie 0) with one user
// holding DemoResellerToken/DemoResellerKey; its subscriber
// DemoSubscriberCustomerID (= DemoCustomerID; tipo 4, id_hie the reseller)
// with its main user DemoSubscriberToken/DemoSubscriberKey and an
// additional user DemoNoAPIAccessToken/DemoNoAPIAccessKey whose api_access
// is 0; and DemoForeignCustomerID, a subscriber of the platform itself
// (id_hie 0) that the reseller may not read. Every field of the seed's
// table is filled; values the sources do not give are invented.
//
// # Test helpers and state
//
// Customers, Customer, PutCustomer and DeleteCustomer read and change the
// records behind the API without recording, limits or faults. Snapshot and
// Restore persist the records (with the JSON type of every value); the
// master credentials, options and limits are configuration and are not
// part of it.
//
// Server.Kit records every request (the tokens in the path included) and
// injects faults in front of the API (package sandboxkit).
//
// Not emulated: the other NextBilling actions (manageCustomers PUT,
// statusCustomer, listDevices, manageDevices, manageDID) answer 404 like
// unknown actions.
package sandbox
