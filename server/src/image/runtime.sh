#!/usr/bin/env bash
# Builds the Java runtime of Polnet's image into $1 (the image profile, server/pom.xml): a jlink image of the JDK
# that builds Polnet under /opt/java, and the C libraries it links against, from the build machine, so that the image
# needs no base image from a registry. Run on the Linux (glibc, x86-64) the image is for.
set -euo pipefail
root="$1"
java_home="${2:-$JAVA_HOME}"
rm -rf "$root"
mkdir -p "$root/opt" "$root/tmp" "$root/data" "$root/etc"
"$java_home/bin/jlink" --output "$root/opt/java" --strip-debug --no-header-files --no-man-pages \
  --add-modules java.se,jdk.unsupported,jdk.management,jdk.jfr,jdk.naming.dns,jdk.zipfs,jdk.localedata,jdk.charsets,jdk.net
# every shared library the runtime's executables and libraries need, with the dynamic loader; not those of the
# desktop's window system and sound, which a headless server never loads
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -not -name 'libawt_xawt.so' \
    -not -name 'libjawt.so' -not -name 'libsplashscreen.so' -not -name 'libjsound.so' -print0 \
  | xargs -0 ldd 2>/dev/null \
  | awk '/=> \// { print $3 } /^\s*\/lib.*ld-linux/ { print $1 }' \
  | grep -E '^/(usr/)?lib' \
  | sort -u \
  | while read -r library; do
      mkdir -p "$root$(dirname "$library")"
      cp -L "$library" "$root$library"
    done
# the loader's fixed path, and where it looks first
if [ -e /lib64/ld-linux-x86-64.so.2 ]; then
  mkdir -p "$root/lib64"
  cp -L /lib64/ld-linux-x86-64.so.2 "$root/lib64/"
fi
printf 'root:x:0:0:root:/root:/sbin/nologin\npolnet:x:10001:10001:Polnet:/data:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\npolnet:x:10001:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
