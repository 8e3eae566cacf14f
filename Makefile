# gwx — `make demo` and `make test` set up a fresh machine and do the rest.
SWIFT ?= swift
BIN := .build/debug/gwx
export GWX_PYTHON := $(CURDIR)/.venv/bin/python

.PHONY: setup build release test fuzz demo bench screenshots record clean hcl-check

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

# One binary to copy: the Swift runtime, Foundation, libstdc++, ncursesw and libgcc linked in, only
# glibc left shared (Package.swift `releaseLinkFlags`; setup makes .build/static-libs; README, "Performance").
release: setup
	$(SWIFT) build -c release --static-swift-stdlib

test: build
	$(SWIFT) build --build-tests
	scripts/run-tests.sh

# The HCL checker the Terraform tests use (HashiCorp's HCL from Debian's Go packages, offline).
hcl-check: setup
	Tools/hcl-check/build.sh

# A seeded fuzzer over gwx render, the export parsers, JSONPath and the Java-regex translator
# (Tools/gwx-fuzz). FUZZ_SECONDS is the budget; a failure is saved, minimized, under .fuzz/crashes.
FUZZ_SECONDS ?= 300
fuzz: build
	.build/debug/gwx-fuzz --seconds $(FUZZ_SECONDS)

demo: build
	$(BIN) demo

bench: setup
	scripts/bench.sh

screenshots: build
	scripts/screenshots.sh

# Re-record golden files and oracle fixtures (review the diff like code).
record: build
	RECORD=1 scripts/run-tests.sh

clean:
	rm -rf .build
