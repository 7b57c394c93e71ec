package sandbox

// Error codes of the HTTPS API v2 that the emulator answers. The full
// vendor table (see errorTable) is also served by error/<code>.
const (
	CodeInvalidAction    = 1000 // no (or an unknown) action
	CodeInvalidUser      = 1001 // bad login, password or token
	CodeNoAPIAccess      = 1002 // the user may not use the API
	CodeInvalidIP        = 1003 // the IP address is not allowed
	CodeInvalidID        = 1004 // invalid id (view of an unknown subaccount)
	CodeNoPermission     = 1005 // no permission
	CodeInvalidData      = 1006 // invalid data format
	CodeAccountInactive  = 1007 // the account is not fully active
	CodeRequired         = 2000 // required parameters missing
	CodeInvalidPhone     = 2001 // invalid phone number
	CodeInvalidErrorCode = 2002 // error/<code> with an unknown code
	CodeBadTemplate      = 4500 // add: subaccount_id is not an existing subaccount [inferred meaning]
	CodeBadLogin         = 4502 // add: subaccount username/password invalid or taken [inferred meaning]
)

// text is a message in both languages.
type text struct{ en, pl string }

func (t text) in(lang Language) string {
	if lang == Polish {
		return t.pl
	}
	return t.en
}

// codeInfo is one row of the vendor's error table.
type codeInfo struct {
	typ string
	msg text
}

// errorTable holds every code the vendor documents, with its type. The
// types are the vendor's [doc] except SubaccountError (4500, 4502), which
// is the emulator's guess [inferred]. Only 1001's English message is the
// vendor's text; the other messages paraphrase the table [inferred].
var errorTable = map[int]codeInfo{
	1000: {"InvalidAction", text{"No action specified", "Nie określono akcji"}},
	1001: {"InvalidUser", text{"Incorrect login or password", "Nieprawidłowy login lub hasło"}},
	1002: {"InvalidRole", text{"This user may not use the API", "Użytkownik nie ma dostępu do API"}},
	1003: {"InvalidIP", text{"Access from this IP address is not allowed", "Dostęp z tego adresu IP jest niedozwolony"}},
	1004: {"InvalidID", text{"Invalid ID parameter", "Nieprawidłowy parametr ID"}},
	1005: {"InvalidRole", text{"No permission", "Brak uprawnień"}},
	1006: {"InvalidData", text{"Invalid data format", "Nieprawidłowy format danych"}},
	1007: {"InvalidRole", text{"The account is not fully active", "Konto nie jest w pełni aktywne"}},
	1008: {"InvalidRole", text{"No permission to view numbers", "Brak uprawnień do podglądu numerów"}},
	2000: {"ValidationRequiredError", text{"Required parameters are missing", "Brak wymaganych parametrów"}},
	2001: {"ValidationPhoneError", text{"Invalid phone number", "Nieprawidłowy numer telefonu"}},
	2002: {"ValidationCodeError", text{"Invalid error code", "Nieprawidłowy kod błędu"}},
	3000: {"SendError", text{"SMS ECO+ limit exhausted", "Wyczerpany limit SMS ECO+"}},
	3001: {"SendError", text{"No permission to send SMS ECO+", "Brak uprawnień do wysyłki SMS ECO+"}},
	3002: {"SendError", text{"SMS FULL limit exhausted", "Wyczerpany limit SMS FULL"}},
	3003: {"SendError", text{"No permission to send SMS FULL", "Brak uprawnień do wysyłki SMS FULL"}},
	3004: {"SendError", text{"MMS limit exhausted", "Wyczerpany limit MMS"}},
	3005: {"SendError", text{"No permission to send MMS", "Brak uprawnień do wysyłki MMS"}},
	3006: {"SendError", text{"VOICE limit exhausted", "Wyczerpany limit VOICE"}},
	3007: {"SendError", text{"No permission to send VOICE", "Brak uprawnień do wysyłki VOICE"}},
	3008: {"SendError", text{"No permission to send Flash SMS", "Brak uprawnień do wysyłki Flash SMS"}},
	3009: {"SendError", text{"No permission to send SMS", "Brak uprawnień do wysyłki SMS"}},
	3100: {"SendError", text{"Sending is blocked", "Wysyłka zablokowana"}},
	3101: {"SendError", text{"Empty message", "Pusta wiadomość"}},
	3102: {"SendError", text{"Message too long", "Wiadomość jest za długa"}},
	4500: {"SubaccountError", text{"Invalid template subaccount (subaccount_id)", "Nieprawidłowe subkonto szablonowe (subaccount_id)"}},
	4502: {"SubaccountError", text{"Invalid subaccount login or password", "Nieprawidłowy login lub hasło subkonta"}},
}

// Messages that replace the table's for one situation [inferred].
var (
	msgUnknownAction   = text{"Unknown action", "Nieznana akcja"}
	msgPostOnly        = text{"Only the POST method is allowed", "Dozwolona jest tylko metoda POST"}
	msgBadUsername     = text{"The subaccount username must have 3-20 characters a-z, A-Z, 0-9, . _ @ -", "Login subkonta musi mieć 3-20 znaków a-z, A-Z, 0-9, . _ @ -"}
	msgUsernameTaken   = text{"The subaccount username is already taken", "Login subkonta jest już zajęty"}
	msgBadPassword     = text{"The subaccount password must have 3-20 characters", "Hasło subkonta musi mieć 3-20 znaków"}
	msgBadLimitType    = text{"Invalid type (eco, full, voice, mms, hlr)", "Nieprawidłowy typ (eco, full, voice, mms, hlr)"}
	msgBadLimitValue   = text{"Invalid value (a whole number of messages)", "Nieprawidłowa wartość (liczba wiadomości)"}
	msgMalformedBody   = text{"The request body could not be read", "Nie można odczytać treści żądania"}
	msgBadParameterVal = text{"A parameter has an invalid type", "Parametr ma nieprawidłowy typ"}
)

// apiError is an answer {"error":{"code","type","message"}}. msg, when
// set, replaces the table's message.
type apiError struct {
	code int
	msg  *text
}

func errorOf(code int) *apiError { return &apiError{code: code} }

func errorWith(code int, msg text) *apiError { return &apiError{code: code, msg: &msg} }
