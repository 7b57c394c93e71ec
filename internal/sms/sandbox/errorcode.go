package sandbox

import "strconv"

// errorCode answers error/<code>: the error object of a documented code,
// or 2002 for any other code.
func (s *Server) errorCode(_ params, arg string) (any, *apiError) {
	code, err := strconv.Atoi(arg)
	if _, ok := errorTable[code]; err != nil || !ok {
		return nil, errorOf(CodeInvalidErrorCode)
	}
	return errorOf(code).body(s.lang), nil
}
