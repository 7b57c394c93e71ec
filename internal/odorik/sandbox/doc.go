// Package sandbox emulates the Odorik.cz public-numbers API
// (https://www.odorik.cz/api/v1) for tests and the telecom-sandbox command.
//
// Served paths, relative to the host (point a client at server URL + BasePath):
//
//	GET    /api/v1/public_numbers.json                        list numbers (include_sip_names, include_shared_numbers)
//	GET    /api/v1/public_numbers/<n>/routes.json             list routing rules
//	POST   /api/v1/public_numbers/<n>/routes.json             add a rule (source_number, ringing_number, replace_by_source_number)
//	DELETE /api/v1/public_numbers/<n>/routes/<id>.json        delete a rule
//	GET    /api/v1/public_numbers/<n>/ringings.json           list parallel ringings
//	POST   /api/v1/public_numbers/<n>/ringings.json           add a ringing (ringing_number)
//	DELETE /api/v1/public_numbers/<n>/ringings/<target>.json  delete a ringing
//	GET    /api/v1/speed_dials.json                           list speed dials
//	POST   /api/v1/speed_dials.json                           add a speed dial (number, name, shortcut)
//	GET    /api/v1/speed_dials/<shortcut>.json                read a speed dial
//	PUT    /api/v1/speed_dials/<shortcut>.json                change a speed dial (number, name, shortcut)
//	DELETE /api/v1/speed_dials/<shortcut>.json                delete a speed dial
//	GET    /api/v1/lines.json                                 list lines
//
// Behaviour from the vendor documentation [doc]: credentials are the ordinary
// parameters user/password, either the numeric account id with the API
// password or a 6-digit line with its SIP password; no credentials answer
// authentication_required, wrong ones authentication_failed; errors are HTTP
// 200 with {"errors":["<code>"]}; the error states of each call are exactly
// those of the vendor page (unauthorized, nonexisting_public_number,
// invalid_ringing_number, invalid_source_number, redirection_loop,
// shared_number_conflict, nonexisting_ringing_number); ringings are routes
// whose source_number is "*"; replace_by_source_number=true replaces the
// rules with the same source; only "true" counts as true; the JSON shapes of
// the list answers; the number types geographic, nomadic, mobile, sip_name,
// shared; numbers in the path in international 00… form or as a SIP name.
//
// From client code [client]: parameters are read from the query string and a
// form-encoded body merged, for every method (GET and DELETE with a body
// too); route ids are integers; Content-Type application/json on every
// answer, errors included; DELETE of a ringing answers {}.
//
// From field reports [field]: a POST without replace_by_source_number adds a
// rule even when an equal one exists; HTTP Basic Auth is ignored (the request
// counts as unauthenticated); a path number the account does not have (for
// example the +420… form) answers nonexisting_public_number.
//
// Chosen where the sources are silent [inferred]:
//   - POST routes/ringings answer {} (WithCreateReply(true): the created
//     route object, or {public_number, ringing_number} for a ringing).
//   - DELETE of a route answers {}. Deleting a route id the number does not
//     have answers {"errors":["unauthorized"]}, because the vendor's complete
//     error list for that call has no not-found code and the notes expect an
//     error; WithUnknownRouteDeleteError("") answers {} instead, any other
//     code answers that code.
//   - A line login may only touch numbers/SIP names assigned to its line and
//     lists only those; other existing numbers answer unauthorized. Existence
//     is checked first (nonexisting_public_number), then ownership.
//   - A missing user or password is authentication_required. Credentials are
//     checked before the number and the parameters.
//   - When query and body carry the same parameter, the query wins and the
//     last value of a repeated key counts (as in Rails); JSON bodies are
//     ignored; an unparsable form body is HTTP 400 with
//     {"errors":["invalid_parameters"]}.
//   - Validation is light. Accepted targets: digits (optionally after "+"),
//     "*"-prefixed internal/special targets (*100, *754321, *087…, *0888*a*b),
//     SIP names, sip:user@host. A source is "*" or any accepted target. Both
//     invalid: both codes, ringing first.
//   - redirection_loop: the target is the public number itself, also when
//     written as +420…, as 9 national digits, or behind *087.
//   - shared_number_conflict: the number is of type shared and the pair
//     (number, ringing_number) is reserved by another account (seeded:
//     SharedNumber with SharedTakenRingingNumber; see ReserveSharedPair).
//     Ringing POSTs do not check it (not in the vendor's list for that call).
//   - POST ringings adds a "*" route like POST routes (duplicates allowed);
//     DELETE ringings removes every "*" route with that target.
//   - Route ids are global, start at FirstRouteID and only increase.
//   - Unknown paths, other suffixes (.xml, .csv) and wrong methods answer
//     HTTP 404 with {"errors":["not_found"]}, as a Rails router does for a
//     verb it has no route for. HEAD is served like GET. Repeated and
//     trailing slashes are ignored (Rails normalises them).
//   - Content-Type is "application/json; charset=utf-8" (Rails' default;
//     WithContentType changes it).
//   - user_agent is accepted and ignored; the Kit records it with the request.
//
// Speed dials (account-wide). From the vendor documentation [doc]: the
// paths and methods above, PUT changing a speed dial in place; POST takes
// number, name (at most 150 characters) and an optional shortcut, PUT the
// same three; the shortcut identifies the speed dial in the path; speed
// dials need the account's API password; the error codes invalid_number,
// invalid_shortcut, name_too_long, shortcut_already_used, speed_dials_full
// and unauthorized, answered like every JSON error ({"errors":[...]}, HTTP
// 200). Chosen where the documentation is silent [inferred]:
//   - A line login gets {"errors":["unauthorized"]} on every speed-dial call
//     (WithLineSpeedDialError changes the code), after authentication and
//     before any parameter is looked at. So "unauthorized" on a speed-dial
//     call means: use the account id with the API password.
//   - A shortcut is an integer from MinShortcut (1) to MaxShortcut (99),
//     written without sign or leading zero ("05" is invalid_shortcut). In
//     JSON it is a number: {"shortcut":1,"number":"*100","name":"…"}.
//   - POST without a shortcut (absent or empty) assigns the lowest free one.
//     At most WithSpeedDialCapacity speed dials (default 99, every shortcut).
//   - number is checked like ringing_number (see above); name is optional,
//     "" when omitted, its length counted in characters, not bytes.
//   - Several invalid parameters answer all their codes, in the order
//     invalid_number, invalid_shortcut, name_too_long; then a taken shortcut
//     answers shortcut_already_used, then a full account speed_dials_full.
//   - POST, GET one and PUT answer the speed dial object; DELETE answers {}.
//     GET speed_dials.json answers an array sorted by shortcut.
//   - PUT changes only the parameters present: number ("" is
//     invalid_number), name ("" clears it), shortcut (absent or "" keeps it;
//     another free one moves the speed dial there, a taken one answers
//     shortcut_already_used). PUT never answers speed_dials_full.
//   - A path shortcut with no speed dial (or not canonical) answers
//     {"errors":["invalid_shortcut"]} (WithUnknownSpeedDialError).
//   - Per-line speed dials (/lines/<line>/speed_dials/…) are not emulated
//     (404).
//
// Lines. From the vendor documentation and clients [doc/client]: GET
// lines.json lists the lines with id, name, caller_id, public_number,
// sip_password (in clear), active_* flags, e-mail settings and
// connected_devices. Chosen [inferred]: id is a number; the flags are
// active_voicemail, active_call_recording and active_missed_call_email; the
// e-mails voicemail_email and missed_call_email ("" when unset);
// connected_devices is an array of {"user_agent","address"}; the array is
// sorted by id; a line login lists only its own line. A line of the store
// logs in with its sip_password (as do the lines of WithLine). POST
// lines.json (buying a line) and the plain-text GET /lines are not emulated.
//
// Seeded data: the account DemoUser/DemoPassword, the line
// DemoLine/DemoLineSIPPassword, the numbers GeographicNumber, NomadicNumber,
// MobileNumber, DemoSIPName (sip_name, owned by DemoLine) and SharedNumber
// (shared), one route on GeographicNumber ("*" -> "*100", id FirstRouteID),
// the speed dials SupportShortcut (1, "*100", "Odorik podpora") and
// MobileShortcut (2, "00420737007770", "Mobil jednatel"), and the lines
// DemoLine ("Recepce", on GeographicNumber, voicemail and missed-call e-mail
// on, one device), WarehouseLine ("Sklad", caller id MobileNumber, call
// recording on, one device) and FaxLine ("Fax", all off, no device), with
// the SIP passwords DemoLineSIPPassword (or the one WithLine gives DemoLine),
// WarehouseLineSIPPassword and FaxLineSIPPassword.
//
// Snapshot/Restore carry numbers, routes, reserved shared pairs, speed dials
// and lines; a snapshot without speed_dials/lines restores with none.
//
// Server.Kit records every request and injects faults (package sandboxkit),
// latency per request included: Kit.AddFault(sandboxkit.Fault{Kind:
// sandboxkit.KindLatency, Delay: d}) delays every matching request (Times 0
// = all of them; Method and Path narrow it).
package sandbox
