# Sourced by bench.sh and bench-kinds.sh: the Java classpath of Apache Velocity 1.7 with the
# mapping oracle's Jayway JsonPath and json-smart (Debian jars), and the benchmark harness
# compiled into .build/bench-java. Sets `cp` and `classes`.
jars=/usr/share/java
cp="$jars/velocity.jar:$jars/commons-collections3.jar:$jars/commons-lang.jar:$jars/json-path.jar:$jars/json-smart.jar:$jars/accessors-smart.jar:$jars/asm.jar:$jars/slf4j-api.jar:$jars/slf4j-nop.jar"
classes=.build/bench-java
mkdir -p "$classes"
javac -nowarn -cp "$cp" -d "$classes" Tools/mapping-oracle/Oracle.java Benchmarks/Java/Bench.java \
    Benchmarks/Java/net/minidev/json/parser/DepthSafeParser.java 2>&1 | grep -v '^Note:' || true
