#!/usr/bin/env python3
"""Scores the analyzer on the development articles and fails below the floors.

Usage: check_scores.py SHARED_EVAL_DIR
"""
import json
import subprocess
import sys

# The least F1 each area must reach on the development articles.
FLOORS = {"quotes": 0.80, "attribution": 0.80, "numbers": 0.80, "mentions": 0.70, "positions": 0.50}


def main():
    eval_dir = sys.argv[1]
    cmd = [sys.executable, f"{eval_dir}/score.py", "--gold", f"{eval_dir}/dev",
           "--cmd", "target/release/standpoint analyze --json {file}"]
    table = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    print(table)
    totals = json.loads(subprocess.run(cmd + ["--json"], capture_output=True, text=True, check=True).stdout)
    passed = failed = 0
    for area, floor in FLOORS.items():
        f1 = totals["areas"][area]["f1"]
        ok = f1 >= floor and totals["errors"] == 0
        print(f"{'ok  ' if ok else 'FAIL'} {area:12} F1 {f1:.3f} (floor {floor:.2f})")
        passed += ok
        failed += not ok
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
