package main

import (
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/bench/launchlog"
)

// strippedEnvPrefixes are variables of the caller's environment that would
// change what terraform or the provider does: terraform's own (TF_LOG,
// TF_CLI_ARGS, a plugin cache …) and the provider's vendor settings, which
// must not mix real credentials or retry knobs into a sandbox run.
var strippedEnvPrefixes = []string{
	"TF_", "CHECKPOINT_", launchlog.EnvFile + "=",
	"ODORIK_", "IPEX_", "PBX_", "SMS_", "VOIPMUNDO_", "TELECOM_",
}

// terraformEnv is the environment of one terraform command: base without
// the stripped variables, plus the bench's CLI configuration and the file
// the provider wrappers record their processes in.
func terraformEnv(base []string, cliConfigFile, launchLog string) []string {
	out := make([]string, 0, len(base)+4)
	for _, kv := range base {
		if !hasAnyPrefix(kv, strippedEnvPrefixes) {
			out = append(out, kv)
		}
	}
	return append(out,
		"TF_CLI_CONFIG_FILE="+cliConfigFile,
		"TF_IN_AUTOMATION=1",
		"CHECKPOINT_DISABLE=1",
		launchlog.EnvFile+"="+launchLog,
	)
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
