package org.skillscontest.deploy.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * An image tarball as Jib writes it, read the way a container runtime would: Docker's {@code docker save}
 * layout (manifest.json) or an OCI image layout (index.json). It resolves the config and the layers, reads
 * every layer through (its digest must match the config's diff_id), and merges them into one file tree,
 * optionally unpacked into a directory.
 */
final class ImageArchive implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the merged layers hold at one path. */
    record Node(char type, int mode, String linkTarget) {
        boolean isFile() {
            return type == 'f';
        }

        boolean isDirectory() {
            return type == 'd';
        }

        /** Whether a user who owns nothing in the image (files are root's) may execute it. */
        boolean executableByOthers() {
            return (mode & 0001) != 0;
        }

        boolean readableByOthers() {
            return (mode & 0004) != 0;
        }
    }

    private final TarFile tar;
    private final Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
    final String layout;
    final List<String> names;
    final JsonNode config;
    private final List<String> layerPaths;

    private ImageArchive(Path file) throws IOException {
        tar = new TarFile(file);
        for (TarArchiveEntry entry : tar.getEntries()) {
            entries.put(entry.getName(), entry);
        }
        if (entries.containsKey("manifest.json")) {
            layout = "docker";
            JsonNode manifest = json("manifest.json").get(0);
            names = texts(manifest.path("RepoTags"));
            config = json(manifest.path("Config").asText());
            layerPaths = texts(manifest.path("Layers"));
        } else if (entries.containsKey("index.json")) {
            layout = "oci";
            JsonNode index = json("index.json").path("manifests").get(0);
            names = List.of(index.path("annotations").path("org.opencontainers.image.ref.name").asText());
            JsonNode manifest = json(blob(index.path("digest").asText()));
            config = json(blob(manifest.path("config").path("digest").asText()));
            layerPaths = new ArrayList<>();
            for (JsonNode layer : manifest.path("layers")) {
                layerPaths.add(blob(layer.path("digest").asText()));
            }
        } else {
            throw new IOException(file + " is neither a `docker save` tarball (manifest.json) nor an OCI layout (index.json)");
        }
    }

    static ImageArchive open(Path file) throws IOException {
        return new ImageArchive(file);
    }

    JsonNode containerConfig() {
        return config.path("config");
    }

    List<String> layerPaths() {
        return layerPaths;
    }

    List<String> diffIds() {
        return texts(config.path("rootfs").path("diff_ids"));
    }

    Optional<TarArchiveEntry> entry(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    /**
     * Reads every layer, in order, through gzip and tar; checks each one's sha256 against its diff_id; returns
     * the merged tree (later layers win, whiteouts delete). With {@code unpackInto}, also writes the tree there.
     */
    Map<String, Node> readLayers(Path unpackInto) throws IOException {
        List<String> diffIds = diffIds();
        if (diffIds.size() != layerPaths.size()) {
            throw new IOException(layerPaths.size() + " layers but " + diffIds.size() + " diff_ids in the config");
        }
        Map<String, Node> tree = new LinkedHashMap<>();
        for (int i = 0; i < layerPaths.size(); i++) {
            String layer = layerPaths.get(i);
            TarArchiveEntry blob = entries.get(layer);
            if (blob == null) {
                throw new IOException("layer " + layer + " is named in the manifest but missing from the tarball");
            }
            MessageDigest sha256 = sha256();
            try (InputStream compressed = tar.getInputStream(blob);
                 DigestInputStream uncompressed = new DigestInputStream(new GZIPInputStream(compressed, 1 << 16), sha256)) {
                TarArchiveInputStream files = new TarArchiveInputStream(uncompressed);
                for (TarArchiveEntry file; (file = files.getNextEntry()) != null; ) {
                    apply(file, files, tree, unpackInto);
                }
                uncompressed.transferTo(OutputStream.nullOutputStream());   // the tar's end blocks count too
            }
            String digest = "sha256:" + HexFormat.of().formatHex(sha256.digest());
            if (!digest.equals(diffIds.get(i))) {
                throw new IOException("layer " + layer + " reads as " + digest + ", the config says " + diffIds.get(i));
            }
        }
        return tree;
    }

    private static void apply(TarArchiveEntry file, InputStream content, Map<String, Node> tree, Path root) throws IOException {
        String path = normalise(file.getName());
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.startsWith(".wh.")) {
            String parent = path.substring(0, path.lastIndexOf('/') + 1);
            String hidden = parent + name.substring(4);
            boolean opaque = name.equals(".wh..wh..opq");
            tree.keySet().removeIf(p -> opaque ? p.startsWith(parent) && !p.equals(parent)
                    : p.equals(hidden) || p.startsWith(hidden + "/"));
            if (root != null && !opaque) {
                deleteRecursively(root.resolve(hidden.substring(1)).normalize(), root);
            }
            return;
        }
        char type = file.isDirectory() ? 'd' : file.isSymbolicLink() ? 'l' : file.isLink() ? 'h' : file.isFile() ? 'f' : '?';
        tree.put(path, new Node(type, file.getMode() & 07777, file.getLinkName()));
        if (root == null) {
            return;
        }
        Path target = root.resolve(path.substring(1)).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("layer entry outside the image's root: " + file.getName());
        }
        switch (type) {
            case 'd' -> Files.createDirectories(target);
            case 'f' -> {
                Files.createDirectories(target.getParent());
                Files.deleteIfExists(target);
                Files.copy(content, target);
            }
            case 'l' -> {
                Files.createDirectories(target.getParent());
                Files.deleteIfExists(target);
                Files.createSymbolicLink(target, Path.of(file.getLinkName()));
            }
            case 'h' -> {
                Files.createDirectories(target.getParent());
                Files.deleteIfExists(target);
                Files.createLink(target, root.resolve(normalise(file.getLinkName()).substring(1)));
            }
            default -> {
                return;   // devices and fifos: a runtime provides its own /dev
            }
        }
        if (type != 'l') {
            Files.setPosixFilePermissions(target, permissions(file.getMode()));
        }
    }

    private static void deleteRecursively(Path path, Path root) throws IOException {
        if (!path.startsWith(root) || !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String normalise(String name) {
        String path = "/" + name.replaceFirst("^\\./", "").replaceFirst("^/", "");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values();   // OWNER_READ ... OTHERS_EXECUTE, high bit first
        for (int i = 0; i < 9; i++) {
            if ((mode & (0400 >> i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    private String blob(String digest) {
        return "blobs/" + digest.replace(':', '/');
    }

    private JsonNode json(String path) throws IOException {
        TarArchiveEntry entry = entries.get(path);
        if (entry == null) {
            throw new IOException(path + " is missing from the tarball");
        }
        try (InputStream in = tar.getInputStream(entry)) {
            return JSON.readTree(in);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(node -> list.add(node.asText()));
        return list;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            tar.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
