#!/bin/sh
# Compiles and runs the mapping oracle against Debian's Java libraries.
# Needs: default-jdk-headless velocity libjson-path-java libjson-smart-java libcommons-lang-java
#        libcommons-collections3-java (apt).
set -e
here=$(cd "$(dirname "$0")" && pwd)
j=/usr/share/java
cp="$j/velocity.jar:$j/commons-collections3.jar:$j/commons-lang.jar:$j/json-path.jar:$j/json-smart.jar:$j/accessors-smart.jar:$j/asm.jar:$j/slf4j-api.jar:$j/slf4j-nop.jar"
out="${TMPDIR:-/tmp}/gwx-mapping-oracle"
mkdir -p "$out"
if [ ! -f "$out/Oracle.class" ] || [ "$here/Oracle.java" -nt "$out/Oracle.class" ]; then
    javac -nowarn -cp "$cp" -d "$out" "$here/Oracle.java" 2>&1 | grep -v '^Note:' || true
fi
# Tools/apigateway-directives first: Velocity's directive list without #evaluate.
exec java -cp "$here/../apigateway-directives:$cp:$out" Oracle "$@"
