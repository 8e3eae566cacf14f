#!/bin/sh
# Renders every Velocity fixture with the real Apache Velocity 1.7 and writes the expected
# outputs (<case>.out, or <case>.err when Velocity fails). Needs Debian's velocity,
# commons-collections3, commons-lang and json-smart packages and a JDK.
# Fixtures under Fixtures/configured are recorded with the engine configured as API Gateway's
# (Oracle.java --gateway; Tools/apigateway-directives ahead of velocity.jar drops #evaluate).
# Usage: Tools/velocity-oracle/record.sh [FIXTURE.vm...]   (default: every fixture)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$here/.build"
jars=/usr/share/java
cp="$jars/velocity.jar:$jars/commons-collections3.jar:$jars/commons-lang.jar:$jars/json-smart.jar:$jars/accessors-smart.jar:$jars/asm.jar"
mkdir -p "$build"
if [ ! -f "$build/Oracle.class" ] || [ "$here/Oracle.java" -nt "$build/Oracle.class" ] || [ "$here/OrderedJson.java" -nt "$build/Oracle.class" ]; then
    javac -nowarn -d "$build" -cp "$cp" "$here/Oracle.java" "$here/OrderedJson.java" "$here/Tokens.java"
fi
if [ "$#" -eq 0 ]; then
    find "$root/Tests/VelocityTests/Fixtures" -name '*.vm' | sort > "$build/fixtures.txt"
else
    printf '%s\n' "$@" > "$build/fixtures.txt"
fi
# xargs keeps the command line short; one JVM per batch.
grep -v '/Fixtures/configured/' "$build/fixtures.txt" | xargs -r java -cp "$cp:$build" Oracle
grep '/Fixtures/configured/' "$build/fixtures.txt" | xargs -r java -cp "$root/Tools/apigateway-directives:$cp:$build" Oracle --gateway
