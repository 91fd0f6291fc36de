// Benchmarks for Nexus. Run with: swift run -c release nexus-bench
print("nexus-bench: no benchmarks registered yet")
