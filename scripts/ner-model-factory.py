#!/usr/bin/env python3
"""Rewrite the factory class recorded in an OpenNLP name-finder model (the `factory=` line of manifest.properties).

OpenNLP stores the TokenNameFinderFactory's class name in the model zip and instantiates it by that name on load; the
Rasd features are built in code by that factory, so moving the class to another package needs this one-line edit
(train-ner writes the class's current name by itself). Every other entry is copied byte for byte (same order, time
stamps and compression), so the same input gives the same output.

    scripts/ner-model-factory.py MODEL.bin NEW_CLASS_NAME        # rewrites MODEL.bin in place
"""
import io
import sys
import zipfile


def main(path, new_class):
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info)) for info in z.infolist()]
    out = io.BytesIO()
    changed = 0
    with zipfile.ZipFile(out, "w") as z:
        for info, data in entries:
            if info.filename == "manifest.properties":
                lines = data.decode("iso-8859-1").split("\n")
                for i, line in enumerate(lines):
                    if line.startswith("factory="):
                        lines[i] = "factory=" + new_class
                        changed += 1
                data = "\n".join(lines).encode("iso-8859-1")
            z.writestr(info, data, compress_type=info.compress_type)
    if changed != 1:
        sys.exit(f"{path}: expected one factory= line in manifest.properties, found {changed}")
    with open(path, "wb") as f:
        f.write(out.getvalue())


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
