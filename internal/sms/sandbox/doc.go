// Package sandbox emulates the subaccount calls of the SerwerSMS.pl HTTPS
// API v2 (https://api2.serwersms.pl/) for tests and the telecom-sandbox
// command.
//
// Served paths, relative to the host (point a client at server URL +
// BasePath, which is "/"); each also answers with a ".json" suffix:
//
//	POST /subaccounts/index    list subaccounts: {"items":[{"id","username"},…]}
//	POST /subaccounts/view     one subaccount (id): {"id","username","name","phone","email"}
//	POST /subaccounts/add      create (subaccount_username, subaccount_password, subaccount_id; name, phone, email): {"success":true,"id":…}
//	POST /subaccounts/limit    set a message limit (id, type, value): {"success":true,"id":…}
//	POST /subaccounts/delete   delete (id): {"success":true}
//	POST /error/<code>         the error object of a documented code
//
// Tags: [doc] the vendor documentation as summarised in the project's
// vendor notes; [seed] the stored copy of the vendor's Polish page
// "Zarządzanie subkontami" (where it and the notes differ, the seed is
// followed); [client] the vendor's official client libraries and tests as
// summarised in the notes; [inferred] chosen here where the sources are
// silent.
//
// # Paths and methods
//
//   - [doc] Actions are /<group>/<action> at the root of the host (no
//     version segment), called with POST; an optional ".json" suffix
//     [doc]/[client]. Answers are JSON.
//   - [inferred] Repeated slashes and a trailing slash are ignored. Names
//     are case-sensitive. The ".xml" format is not emulated: such a path is
//     an unknown action. The query string is not read.
//   - [inferred] Any method other than POST answers HTTP 405 with
//     "Allow: POST" and error 1000, before anything else is checked.
//   - [doc]/[inferred] A path without an action ("/") answers error 1000
//     (InvalidAction, "no action specified" [doc]); an unknown action
//     (also the vendor's other, not emulated groups) answers 1000 with the
//     message "Unknown action" [inferred], HTTP 200, before authentication.
//
// # Request bodies
//
//   - [doc]/[client] JSON (application/json) and form-encoded
//     (application/x-www-form-urlencoded) bodies are both accepted.
//   - [inferred] multipart/form-data too (PHP reads it like a form). With
//     another or no Content-Type, a body starting with "{" is read as
//     JSON, any other as form-encoded. A key repeated in a form keeps its
//     last value (PHP). In JSON, strings and numbers are accepted for
//     every parameter (id 1194 or "1194"); null and "" count as not sent;
//     true/false, arrays and objects are bad values: an action that reads
//     such a parameter answers 1006. A body that does not parse (malformed
//     JSON, JSON that is not an object, bad form escapes) or is over 1 MiB
//     answers 1006 (InvalidData), before authentication. Unknown
//     parameters (system=client_php, …) are ignored [client].
//
// # Authentication
//
//   - [doc] Either "Authorization: Bearer <token>" (DemoAPIToken;
//     WithAPIToken, SetAPIToken) or the API user's username and password as
//     body parameters (DemoUsername/DemoPassword; WithAPIUser, SetAPIUser).
//     Wrong credentials answer 1001 InvalidUser "Incorrect login or
//     password" [doc].
//   - [inferred] When both are sent, the Bearer header alone decides: the
//     body's username/password are ignored, so a wrong token fails (1001)
//     even with a correct username/password, and a correct token passes
//     whatever the body says. An Authorization header with another scheme
//     (Basic) counts as absent. The scheme is case-insensitive. Missing
//     credentials answer 1001 as wrong ones do.
//   - [doc]/[inferred] After the credentials, in this order: API access
//     switched off answers 1002 (WithoutAPIAccess, SetAPIAccess); a caller
//     address outside the IP allow-list 1003 (WithAllowedIPs,
//     SetAllowedIPs; the connection's address, no X-Forwarded-For; an empty
//     list allows all); an account not fully active 1007
//     (SetAccountActive); then, for subaccounts/*, a missing permission
//     1005 (SetSubaccountsPermission). Codes and types [doc]; the switches
//     and the order [inferred].
//
// # Answers and errors
//
//   - [doc] Errors are {"error":{"code":…,"type":"…","message":"…"}} with
//     a numeric code; the message is in the account's language.
//   - [doc]/[inferred] Every answer is HTTP 200, errors included (the only
//     exception is 405 above). Content-Type is "application/json;
//     charset=utf-8" [inferred].
//   - [client] The second failure shape is {"success":false}: the call was
//     valid but nothing was done. limit and delete of an unknown
//     subaccount id answer it; view of an unknown id answers error 1004.
//   - [doc] Codes and types: 1000 InvalidAction, 1001 InvalidUser, 1002
//     InvalidRole, 1003 InvalidIP, 1004 InvalidID, 1005 InvalidRole, 1006
//     InvalidData, 1007 InvalidRole, 1008 InvalidRole, 2000
//     ValidationRequiredError, 2001 ValidationPhoneError, 2002
//     ValidationCodeError, 3000–3009 and 3100–3102 SendError. [client]
//     4500 and 4502 come from subaccounts/add; their type and meaning are
//     not documented: here both have type SubaccountError, 4500 means
//     subaccount_id is not an existing subaccount and 4502 that the new
//     username or password is invalid or the username is taken [inferred].
//   - [inferred] Messages other than 1001's English one are the emulator's
//     own paraphrases (English by default; WithLanguage(Polish)). Clients
//     must use code, not message.
//   - [doc] POST error/<code> answers the error object of that code (any
//     code of the table, 3xxx included) [inferred: as a plain body with
//     HTTP 200, after authentication]; an unknown or non-numeric code
//     answers 2002 [inferred].
//   - [inferred] Codes never produced by the subaccount calls: 1008 and
//     3xxx (numbers and sending are not emulated); they exist only for
//     error/<code>.
//
// # Actions
//
//   - index [doc]/[seed]: no parameters; every subaccount, the template
//     included, as {"id","username"}, ids ascending [inferred order], no
//     paging [doc]; {"items":[]} when there are none [inferred].
//   - view [doc]/[seed]: id required; answers exactly id, username, name,
//     phone, email, no limits and no template id [doc]. Fields not set are
//     "" [inferred]. Unknown id: 1004 [client].
//   - add [seed]/[client]: subaccount_username, subaccount_password and
//     subaccount_id required, name, phone, email optional. subaccount_id is
//     the subaccount whose permissions and settings are copied; any
//     existing subaccount may be the template [seed], the first one must be
//     made in the Customer Panel [doc] (seeded: DemoTemplateID). Username:
//     3-20 characters of a-z, A-Z, 0-9 and ". _ @ -" [seed]/[inferred: the
//     seed's list of signs reads ", _ @." with a character apparently lost;
//     the set follows the issue]. Password: 3-20 characters [seed], any
//     characters [inferred]. Answer {"success":true,"id":<new id>}
//     [seed]/[client]; the password is never echoed [seed].
//   - add checks [inferred], in order: a required parameter not sent 2000,
//     one with a bad JSON type 1006 (also for name/phone/email); the
//     template id not a positive integer or not an existing subaccount
//     4500; username format 4502; password length 4502; phone (when sent)
//     not 9-15 digits with an optional "+" 2001; username already used by
//     a subaccount or reserved (ReserveUsername), compared
//     case-insensitively, 4502. add is therefore not idempotent [inferred].
//     name and email are not validated. Phone is stored as sent
//     (WithPhoneNormalization: Polish numbers as +48…, after the vendor's
//     view example). Limits are not copied from the template: a new
//     subaccount has none. New ids start at FirstSubaccountID (the seed's
//     add example) and only increase.
//   - limit [seed]/[client]: id, type and value required (2000; bad JSON
//     type 1006). type is one of eco, full, voice, mms, hlr (LimitTypes,
//     case-sensitive) and value a decimal integer; otherwise 1006
//     [inferred]. Then an unknown id answers {"success":false} [client].
//     value sets the limit of that type (absolute [inferred], as the notes
//     suggest; WithAdditiveLimits adds it instead); a negative result
//     answers 1006 [inferred]. Answer {"success":true,"id":<id>} [seed].
//     Limits cannot be read through the API [doc]; use Server.Limits.
//   - delete [seed]/[client]: id required (2000); unknown id
//     {"success":false} [client]; otherwise the subaccount and its limits
//     are removed and the answer is {"success":true} [seed]. The template
//     may be deleted too [inferred]; later adds naming it answer 4500.
//   - [inferred] An id that is not a positive decimal integer is an
//     unknown id (1004 for view, {"success":false} for limit and delete).
//   - [doc] There is no edit action.
//
// # Seeded data
//
// The API token DemoAPIToken, the API user DemoUsername/DemoPassword and
// one subaccount made "in the Customer Panel" to serve as template:
// DemoTemplateID "wojtek" with the data of the seed's view example
// (DemoTemplateName, DemoTemplatePhone, DemoTemplateEmail), no limits and
// no known password.
//
// # Test helpers and state
//
// Subaccounts, Subaccount, Limits, PasswordMatches, PutSubaccount,
// DeleteSubaccount and ReserveUsername read and change the store behind
// the API without authentication, recording or faults. Passwords are never
// stored: only a salted SHA-256 digest, for PasswordMatches. Snapshot and
// Restore persist the subaccounts (limits, template ids, password digests),
// the next id and the reserved usernames; credentials, access switches and
// options are configuration and are not part of it.
//
// Server.Kit records every request (bodies with credentials and passwords
// included, as sent) and injects faults in front of the API (package
// sandboxkit).
package sandbox
