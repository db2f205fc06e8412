#!/bin/bash
cat <<-EOF2 > /tmp/x
  hello $USER ${HOME:-/root} $(date +%s)
EOF2
case "$1" in
  start|run) echo "go" ;;
  *) exit 1 ;;
esac
for i in $(seq 1 10); do x=$((i * 2)); echo $x `pwd`; done
export PATH="$HOME/bin:$PATH"; ls -la *.md 2>/dev/null && rm -rf ./tmp || true
echo $'a\tb' 'c' "d\"e" 中文 参数=值 42
