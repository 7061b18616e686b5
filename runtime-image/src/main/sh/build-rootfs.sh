#!/usr/bin/env bash
# Builds the root file system of the services' base image from what this machine has, because no
# container registry can be reached here: a Java runtime cut by jlink from the build's own JDK, the
# shared libraries that runtime loads (found with ldd, copied from this machine), and the few files a
# JVM needs in /etc, with an unprivileged user. Jib then turns the directory into the base image.
#
#   build-rootfs.sh <jdk home> <modules> <locales> <uid> <output dir>
#
# The result is kept while its inputs (the JDK's release, the module and locale lists, the uid and
# this script) are unchanged: jlink takes ~15 s of CPU, which `./mvnw verify` should pay once.
set -euo pipefail

jdk=$1 modules=$2 locales=$3 uid=$4 out=$5
java_home=/opt/java/openjdk   # where the official eclipse-temurin images keep it: one entrypoint for both bases

for tool in ldd dpkg-query; do
  command -v "$tool" >/dev/null || { echo "build-rootfs: '$tool' is needed (a Debian or Ubuntu build machine)" >&2; exit 1; }
done
[ -x "$jdk/bin/jlink" ] && [ -d "$jdk/jmods" ] || {
  echo "build-rootfs: $jdk has no jlink or no jmods; set -Dimage.runtime.jdk to a full JDK (Debian: openjdk-17-jdk-headless)" >&2; exit 1; }

stamp=$( { cat "$jdk/release"; echo "$modules|$locales|$uid"; cat "$0"; } | sha256sum | cut -c1-64)
if [ -f "$out/.stamp" ] && [ "$(cat "$out/.stamp")" = "$stamp" ]; then
  echo "build-rootfs: $out is up to date"
  exit 0
fi

rm -rf "$out"
mkdir -p "$out$(dirname $java_home)"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales="$locales" \
  --strip-debug --no-man-pages --no-header-files --output "$out$java_home"
# A server runs headless: these are the only parts of the runtime that need X11 or ALSA.
rm -f "$out$java_home"/lib/{libawt_xawt,libsplashscreen,libjsound,libjawt}.so

# Shared libraries: the closure ldd resolves for every binary and library of the runtime, at the
# paths the dynamic loader looks them up (/lib64/ld-linux-x86-64.so.2, /lib/x86_64-linux-gnu/...).
libs=$(find "$out$java_home" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper \) -print0 |
  xargs -0 -n1 ldd 2>/dev/null |
  awk -v own="$out" '$2 == "=>" && $3 ~ /^\// && index($3, own) != 1 { print $3 }
                     $1 ~ /^\/.*ld-linux/ { print $1 }' | sort -u)
[ -n "$libs" ] || { echo "build-rootfs: ldd found no libraries" >&2; exit 1; }
for lib in $libs; do
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done

# The C.UTF-8 locale: with no locale the JVM reads and writes ASCII (file.encoding, file names); the
# base image sets LANG=C.UTF-8. Debian's glibc keeps it as files (libc-bin), not built in.
locale_dir=/usr/lib/locale/C.utf8
[ -d "$locale_dir" ] || { echo "build-rootfs: $locale_dir is missing (Debian package libc-bin)" >&2; exit 1; }
mkdir -p "$out$(dirname $locale_dir)" && cp -r "$locale_dir" "$out$locale_dir"

# Their licences travel with them (Debian keeps one copyright file per package).
for pkg in $(for lib in $libs $locale_dir; do dpkg-query -S "$(readlink -f "$lib")" 2>/dev/null || dpkg-query -S "$lib" 2>/dev/null; done |
             cut -d: -f1 | sort -u); do
  if [ -f "/usr/share/doc/$pkg/copyright" ]; then
    mkdir -p "$out/usr/share/doc/$pkg" && cp "/usr/share/doc/$pkg/copyright" "$out/usr/share/doc/$pkg/"
  fi
done

# The unprivileged user the services run as; the JVM asks for its name and home at start.
mkdir -p "$out/etc" "$out/tmp" "$out/deployments"
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:%s:%s:app:/deployments:/sbin/nologin\n' "$uid" "$uid" > "$out/etc/passwd"
printf 'root:x:0:\napp:x:%s:\n' "$uid" > "$out/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$out/etc/nsswitch.conf"

echo "$stamp" > "$out/.stamp"
echo "build-rootfs: $(du -sh "$out" | cut -f1) in $out ($(echo "$libs" | wc -l) shared libraries from this machine)"
