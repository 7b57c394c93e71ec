#!/usr/bin/env bash
# make demo: build the provider and telecom-sandbox, start the sandbox, apply
# examples/demo with a dev_overrides CLI config (no terraform init needed),
# show the outputs, prove the second plan is empty, stop the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."

work=.demo
rm -rf "$work"
mkdir -p "$work/bin"
echo "==> building the provider and telecom-sandbox"
go build -o "$work/bin/terraform-provider-telecom" .
go build -o "$work/bin/telecom-sandbox" ./cmd/telecom-sandbox

echo "==> starting telecom-sandbox"
"$work/bin/telecom-sandbox" -listen 127.0.0.1:0 -env-file "$work/sandbox.env" >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
trap 'kill "$sandbox_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
	[ -s "$work/sandbox.env" ] && break
	kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log"; exit 1; }
	sleep 0.1
done
[ -s "$work/sandbox.env" ] || { echo "telecom-sandbox did not start"; cat "$work/sandbox.log"; exit 1; }
# shellcheck disable=SC1090,SC1091
source "$work/sandbox.env"
sed -n '1p' "$work/sandbox.log"

cat >"$work/terraformrc" <<RC
provider_installation {
  dev_overrides {
    "registry.terraform.io/telecom-tf/telecom" = "$PWD/$work/bin"
  }
  direct {}
}
RC
export TF_CLI_CONFIG_FILE="$PWD/$work/terraformrc"
export TF_IN_AUTOMATION=1
# The demo and the modules it uses, side by side as in examples/, so that
# source = "../modules/office" resolves; terraform get installs local
# modules without the registry.
mkdir -p "$work/examples"
cp -r examples/demo examples/modules "$work/examples/"
config="$work/examples/demo"
terraform -chdir="$config" get -no-color >/dev/null

echo "==> terraform apply"
if ! terraform -chdir="$config" apply -auto-approve -input=false -no-color >"$work/apply.txt" 2>&1; then
	cat "$work/apply.txt"
	echo "FAIL: terraform apply failed"
	exit 1
fi
# Drop the dev_overrides warning box; keep what the apply did.
sed -e '/^╷/,/^╵/d' "$work/apply.txt"

echo "==> terraform output"
terraform -chdir="$config" output -no-color

echo "==> second terraform plan (must be empty)"
set +e
terraform -chdir="$config" plan -detailed-exitcode -input=false -no-color >"$work/plan.txt" 2>&1
code=$?
set -e
if [ "$code" -ne 0 ]; then
	cat "$work/plan.txt"
	echo "FAIL: the second plan is not empty (exit code $code)"
	exit 1
fi
echo "No changes: the second plan is empty."
echo "==> done; stopping telecom-sandbox"
