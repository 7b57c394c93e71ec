// Package sandbox emulates the IPEX a.s. B2B REST API
// (https://restapi.ipex.cz) for VoIP (landline, "pevná linka") numbers and
// their asynchronous orders, for tests and the telecom-sandbox command.
//
// Served paths, relative to the host (point a client at the server URL;
// every path carries the version prefix BasePath):
//
//	POST   /v1/token                        login {username, password} -> {accessToken, expire, expiresAt}
//	GET    /v1/voip/profiles                VoIP profiles, bare array of {id, name}
//	POST   /v1/voip                         create (activate) a number -> 201 {requestId}
//	PUT    /v1/voip                         change a number (number in the body) -> 200 {requestId}
//	GET    /v1/voip/{number}                number detail
//	GET    /v1/voip/{number}/state          {"status": ...}
//	PUT    /v1/voip/{number}/deactivate     deactivate, optional {requiredCeaseDate} -> 200 {requestId}
//	PUT    /v1/mobile/{number}/deactivate   the same, as the seed's roles table lists it
//	GET    /v1/services                     every service (VoIP and other numbers), bare array
//	GET    /v1/requests                     orders, bare array, optional filters
//	GET    /v1/requests/{requestId}         one order
//	DELETE /v1/requests/{requestId}         cancel an order that is still new
//
// Tags: [doc] vendor documentation as summarised in the project's vendor
// notes, including the seed copy of the roles table
// (restapi.ipex.cz/documentation-roles; where it and the notes differ, the
// seed is followed); [code] public clients that talk to the real service;
// [gen] AI-generated clients that claim to follow the vendor's Swagger
// file; [inferred] chosen here where the sources are silent (most of the
// REST shapes: the live Swagger file was not available).
//
// # Server framework
//
//   - [inferred] The vendor's Swagger UI is hapi-swagger, so the emulator
//     behaves as a hapi server: routes are case-sensitive and exact (a
//     trailing slash, an unknown path and a method a path does not serve
//     all answer 404 {"statusCode":404,"error":"Not Found","message":"Not
//     Found"}); HEAD is served like GET; answers are "application/json;
//     charset=utf-8". Literal segments win over parameters, so
//     /v1/voip/profiles is never a number.
//   - [inferred] Order of checks (hapi's request lifecycle): route (404),
//     token (401), payload parsing (413 over MaxPayload, 415 for a
//     Content-Type other than application/json, 400 "Invalid request
//     payload JSON format"), role (403), validation of params, query and
//     payload (400), then the call's own checks.
//
// # Authentication
//
//   - [code] POST /v1/token with the JSON body {"username","password"};
//     the answer has accessToken and the expiry as ISO-8601 UTC with
//     milliseconds (2017-09-21T18:02:44.120Z). The original library reads
//     it from expire, its rewrite from expiresAt: [inferred] both are sent,
//     with the same value.
//   - [code] The working PHP client sends the raw token as
//     "Authorization: <token>"; [doc] IPEX's newer docs say
//     "Authorization: Bearer <token>". Both are accepted (Bearer in any
//     case). No refresh endpoint [code]: log in again.
//   - [inferred] Lifetime one hour (WithTokenTTL). Every login issues a new
//     token; earlier ones stay valid until they expire. Login answers 200.
//     Wrong credentials answer 401 "Invalid username or password"; a
//     missing field is a 400 validation error. 401 messages (hapi-auth-jwt2
//     wording): "Missing authentication" (no or empty header), "Invalid
//     token" (unknown), "Token expired" (expired, or revoked with
//     RevokeTokens). Tokens are 48 hex digits, not JWTs.
//
// # Errors
//
//   - [code] Errors are the hapi/Boom shape {"statusCode","error",
//     "message"}; codes 400, 401, 404, 500 are the ones clients handle.
//   - [inferred] Failed schema validation adds "validation":{"source":
//     "payload"|"params"|"query","keys":["<path>"]} with Joi's message for
//     the first failure only (abortEarly), keys checked in schema order:
//     "\"number\" is required", "\"customerId\" must be a number", "...must
//     be an integer", "\"clir\" must be one of [...]", "\"x\" is not allowed
//     to be empty", "\"antifraud.internationalLimit\" must be greater than or
//     equal to 0", "\"requiredCeaseDate\" must be a valid date"; an empty or
//     non-object body where an object is required: "\"value\" must be of
//     type object" with keys [""]. As Joi converts, numbers may come as
//     numeric strings (one integration sends customerId as a string);
//     strings must be JSON strings; null is a wrong type, not "absent".
//     Unknown body fields are ignored (WithStrictPayload rejects them with
//     "\"foo\" is not allowed"). Unknown query parameters are ignored.
//   - [inferred] 409 is not seen in IPEX sources, so conflicts are 400.
//     Legacy SOAP result codes prefix the messages where they fit: 1001
//     wrong customer id, 1005 wrong tariff plan id, 1010 wrong or inactive
//     (canceled) number.
//   - [inferred] 403 {"statusCode":403,"error":"Forbidden","message":
//     "Insufficient scope"} (hapi's scope failure) when no role of the API
//     user may make the call; see Roles.
//
// # VoIP numbers
//
//   - [code] {number} is the 9-digit national number; [inferred] anything
//     else in the path or body is a 400 pattern failure
//     (/^[0-9]{9}$/). The query parameters detail and iccid [gen] are
//     accepted and ignored.
//   - [doc] Field names come from the legacy SOAP numberDetail
//     (camelCased) and are proposals, not confirmed REST names: number,
//     customerId, tariffPlanId, clir, antifraud.internationalLimit,
//     provisioningAttributes.password; [inferred] profileId for the
//     profile. The detail answers number, customerId, profileId,
//     tariffPlanId, clir (left out when not set), antifraud
//     {internationalLimit} (left out when not set) and status; [inferred]
//     the SIP password is write-only and never served.
//   - [inferred] POST /v1/voip requires number, customerId, profileId and
//     tariffPlanId; clir (permanent, temporaryAllowed,
//     temporaryRestricted [doc, mobile values]), antifraud.internationalLimit
//     (>= 0) and provisioningAttributes.password are optional (a random SIP
//     password is stored when none is given). customerId must be a known
//     customer (DemoCustomerID, WithCustomers; else 400 1001), tariffPlanId
//     a known plan (TariffPlan*ID, WithTariffPlans; else 400 1005), profileId
//     a profile (else 400).
//   - [inferred from doc] Create, change and deactivate are orders:
//     POST answers 201 {"requestId": N}, PUT and deactivate 200
//     {"requestId": N}. The created number appears at once with status
//     prepared and becomes active when its activate_voip order finishes. A
//     number that exists and is not canceled answers 400 "already exists";
//     a canceled number may be created again (the 6-month quarantine of the
//     legacy API is not enforced) and comes back if the new activation
//     fails.
//   - [gen] PUT /v1/voip takes the number in the body (PUT on the
//     collection). [inferred] Partial: the fields given are changed, the
//     others stay. The changes are applied when the change_voip order
//     finishes, not at once (GET shows the old values until then).
//     customerId may be sent but must be the number's own (moving a number
//     is an order of its own, notes 1.8), else 400. Unknown number 404,
//     canceled 400 (1010). A change of a prepared number is allowed.
//   - [gen] PUT /v1/voip/{number}/deactivate with an optional body
//     {"requiredCeaseDate": ISO date or date-time}. [doc] The seed's roles
//     table lists "PUT /mobile/{number}/deactivate — ends the voip service";
//     [inferred] that path is served too and does the same for VoIP
//     numbers. [doc, legacy] Without a date the order runs as soon as
//     possible; [inferred] with a later date it finishes at that date (not
//     before the order delay). When it finishes the number has status
//     canceled and GET still returns it [inferred]. Unknown number 404,
//     already canceled 400 (1010), a deactivation already pending 400
//     (naming the pending request).
//   - [gen] GET /v1/voip/{number}/state answers {"status": ...}; [doc]
//     status values reserved, prepared, active, canceled, stopped, limited
//     (the emulator itself sets prepared, active and canceled; PutNumber can
//     set the others).
//   - [gen] GET /v1/voip/profiles: bare array [{"id","name"}] (the name
//     "Default Profile" is from the generated fixture; the other profiles
//     are invented), ids ascending.
//   - Not served (404): the credit calls GET/PUT /v1/voip/{number}/credit,
//     customers, tariff plans, service detail and properties, and the other
//     sections.
//
// # Services (the list of numbers)
//
//   - [doc] The roles table lists GET /services "Seznam čísel" (list of
//     numbers) for all five roles; the notes list /v1/services (list,
//     detail, properties, DELETE) among the other endpoints. [code] A
//     public example lists VoIP numbers with it, and a production
//     integration asks GET /v1/services?number=<number> and reads
//     paymentType, status, customerId, customerExternId and customerName
//     from the first item.
//   - [inferred] The item shape is not published. Served here: number (the
//     9-digit national form, under the name of the number filter),
//     serviceType ("voip", or "mobile" for DemoMobileNumber and
//     PutService's services: the API's section names), customerId and
//     status. paymentType and the customer's extern id and name are not
//     modelled and left out.
//   - [code] Lists are bare JSON arrays in camelCase without pagination
//     (notes 1.3, 1.9): every service of every customer the API user sees,
//     sorted by number here. [inferred] VoIP numbers are listed with their
//     status, canceled ones too (the detail still shows them). The query
//     parameter number [code] keeps the service with exactly that number
//     ([] when none); other parameters (a customer filter is not
//     documented) are ignored.
//
// # Orders (requests)
//
//   - [doc, legacy] requestStatus new, processing, canceled, finished,
//     error. [inferred] requestType activate_voip, change_voip,
//     deactivate_voip (the notes list only the mobile and porting types).
//   - [inferred] An order object: id and requestId (the same number; the
//     filter and the create answers say requestId), requestType,
//     requestStatus, customerId, login (the API user who placed it),
//     identifier (the number), identifier2 (null), message (null, the error
//     text on error, "Canceled by the API user" when canceled), inserted and
//     changed (ISO-8601 UTC with milliseconds). Ids start at FirstRequestID
//     and only increase.
//   - [inferred] Progression is time-based and observed by polling: an
//     order is new for the first half of the order delay
//     (WithOrderDelay, default DefaultOrderDelay), processing for the
//     second half, then finished (or error); changed is the time of the
//     last step. Effects on the number apply in the order the orders
//     finish. A finishing order whose number no longer fits (deleted,
//     canceled, an activation whose number is no longer prepared) ends in
//     error with a 1010 message. FinishOrders completes all pending orders
//     at once; FailOrdersFor(number, message) makes the orders for a number
//     end in error: a failed activation removes the prepared number again, a
//     failed change or deactivation changes nothing.
//   - [gen][inferred] GET /v1/requests filters, all optional and exact:
//     requestId, customerId (integers), login, identifier, identifier2,
//     requestType, requestStatus (one of the five states),
//     insertedFrom/insertedTo, changedFrom/changedTo (inclusive; an ISO
//     date-time, or YYYY-MM-DD, which for ...To covers the whole day);
//     detail is accepted and ignored. A bad value is a 400 validation error
//     with source query. Bare array, ids ascending, [] when nothing matches.
//   - [gen][inferred] DELETE /v1/requests/{requestId} cancels an order while
//     it is new and answers 200 with the canceled order; otherwise 400 (not
//     409). A canceled activation removes the prepared number.
//     A {requestId} that is not a number is a 400 params error; an unknown
//     one 404.
//   - [code] GET and DELETE requests are accepted with any body (the PHP
//     library sends an empty body on GET); it is not read.
//
// # Roles
//
//   - [doc] The API user has roles, which combine: superadmin, admin,
//     podpora (support), realizace (provisioning), fakturace (billing).
//     Default here: superadmin only (WithRoles, SetRoles). A call is
//     allowed when any of the user's roles may make it.
//   - [doc: seed, decoded] The seed's roles table has rows for the VoIP
//     calls the notes could not read, but its "x" marks lost their columns.
//     Decoding used here [inferred]: an empty cell shows as a line break and
//     empty cells at the end of a row vanish. That reads the billing
//     printout row "xx\n\nx" as superadmin, admin and fakturace (what one
//     expects of billing documents), every "xxxx" row as all roles but
//     fakturace, and every "xx\nx" row (POST /connectors, POST /mobile,
//     POST /voip) as superadmin, admin and realizace. GET /voip/profiles
//     has no description, so its line break is the empty description
//     cell and its "xxxx" the usual four roles. (The notes read the marks
//     of POST /connectors as superadmin, admin, podpora; the seed wins,
//     and WithRouteRoles restores that reading.) The rows used:
//   - POST /token, GET /voip/{number}, GET /voip/{number}/state,
//     GET /requests/{requestId}, GET /services: all five roles.
//   - GET /voip/profiles, PUT /voip, DELETE /requests/{requestId},
//     PUT /mobile/{number}/deactivate: all but fakturace.
//   - POST /voip: superadmin, admin, realizace.
//   - [inferred] PUT /voip/{number}/deactivate (not in the table): as
//     PUT /mobile/{number}/deactivate, all but fakturace (the notes' 1.6
//     pattern: changes not for fakturace). GET /requests (not in the table):
//     as GET /requests/{requestId}, all roles.
//   - [inferred] Roles are checked on every request against the user's
//     current roles (SetRoles takes effect at once, also for tokens issued
//     before). The token login checks them after the password: a user with
//     no allowed role gets 403 there too.
//
// # Test helpers and state
//
// Seeded data: the API user DemoUsername/DemoPassword (role superadmin),
// the customer DemoCustomerID, the profiles ProfileDefaultID,
// ProfileBusinessID and ProfileDomesticOnlyID, the tariff plans
// TariffPlanStandardID and TariffPlanBusinessID, and one active number
// DemoExistingNumber (SIP password DemoExistingSIPPassword, CLIR
// temporaryAllowed, international limit 500), and the mobile number
// DemoMobileNumber of the same customer, which only GET /v1/services shows.
// WithoutSeed leaves out both numbers.
//
// Numbers, Number, PutNumber, DeleteNumber, Services, PutService, Orders,
// Order, FinishOrders, FailOrdersFor, ClearOrderFailures, Profiles, SetRoles
// and Roles read and change the state behind the API, without validation,
// recording, roles or faults. Snapshot and Restore persist numbers (SIP
// passwords included), the other services, orders (pending ones with their
// schedule and effect) and the next order id; tokens, roles, order failures
// and options are runtime state and are not part of it.
//
// Server.Kit records every request (the logins too) and injects faults in
// front of the whole server (package sandboxkit).
package sandbox
