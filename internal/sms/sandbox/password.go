package sandbox

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"strings"
)

// The emulator never keeps a subaccount password: it stores
// "sha256$<salt>$<hex digest of salt+password>" so that tests can check
// what a client sent (PasswordMatches) without the password appearing in
// the store, a snapshot or any answer.

func digestPassword(password string) string {
	salt := make([]byte, 8)
	_, _ = rand.Read(salt)
	return hashWith(hex.EncodeToString(salt), password)
}

func hashWith(salt, password string) string {
	sum := sha256.Sum256([]byte(salt + password))
	return "sha256$" + salt + "$" + hex.EncodeToString(sum[:])
}

// digestMatches reports whether password produced digest.
func digestMatches(digest, password string) bool {
	parts := strings.Split(digest, "$")
	if len(parts) != 3 || parts[0] != "sha256" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(hashWith(parts[1], password)), []byte(digest)) == 1
}

// validDigest reports whether digest has the stored form ("" is allowed:
// no password known).
func validDigest(digest string) bool {
	if digest == "" {
		return true
	}
	parts := strings.Split(digest, "$")
	if len(parts) != 3 || parts[0] != "sha256" {
		return false
	}
	sum, err := hex.DecodeString(parts[2])
	return err == nil && len(sum) == sha256.Size
}
