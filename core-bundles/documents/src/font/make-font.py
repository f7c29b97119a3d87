#!/usr/bin/python3
"""Makes the CJK font the SkillEval documents embed, from Debian's Noto Sans CJK.

PDFBox 3 embeds and subsets TrueType (glyf) outlines only, and Noto Sans CJK ships CFF outlines:
this script takes the Simplified Chinese face out of the collection, keeps the characters of GBK
(all 21,003 CJK unified ideographs of the basic block plus the symbols Chinese text uses, so that
rare characters of people's names are covered, not just GB 2312's 6,763) and a few extras,
converts the outlines to quadratic TrueType curves, and renames the family as the SIL OFL asks of
a modified version.

Needs Debian's fonts-noto-cjk and python3-fonttools:
    apt-get install -y fonts-noto-cjk python3-fonttools
    /usr/bin/python3 src/font/make-font.py   (from core-bundles/documents)
The output is byte-for-byte the same for the same inputs (fonts-noto-cjk 1:20220127+repack1-1,
fonttools 4.38).
"""
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE = "Noto Sans CJK SC"
FAMILY = "SkillEval Sans SC"
POSTSCRIPT = "SkillEvalSansSC-Regular"
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "..", "main", "resources", "fonts", POSTSCRIPT + ".ttf")

# Beyond GBK: the replacement box documents print for a character the font lacks, circled numbers
# and a few marks Chinese forms use.
EXTRAS = [0x25A1, 0x2014, 0x2026, 0x00B7, 0x00D7, 0x2116, 0x2713] + list(range(0x2460, 0x2474))


def gbk_code_points():
    points = set(range(0x20, 0x7F))
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                points.add(ord(bytes([lead, trail]).decode("gbk")))
            except (UnicodeDecodeError, TypeError):
                pass
    return points


def to_truetype_outlines(font):
    """Replaces the CFF table by a glyf table of quadratic curves (within 1 unit of the original)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    del font["CFF "]
    font.sfntVersion = "\000\001\000\000"
    font["head"].glyphDataFormat = 0


def rename(font):
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 10):
            names.removeNames(nameID=record.nameID)
    for platform, encoding, language in ((3, 1, 0x409), (1, 0, 0)):
        names.setName(FAMILY, 1, platform, encoding, language)
        names.setName("SkillEval Sans SC Regular subset of Noto Sans CJK SC 2.004", 3, platform, encoding, language)
        names.setName(FAMILY, 4, platform, encoding, language)
        names.setName(POSTSCRIPT, 6, platform, encoding, language)
        names.setName("Noto Sans CJK SC 2.004 (SIL OFL 1.1), subset to GBK and converted to TrueType"
                      " outlines for the SkillEval documents", 10, platform, encoding, language)


def main():
    collection = TTCollection(SOURCE)
    font = next(f for f in collection.fonts if f["name"].getDebugName(4) == FACE)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.notdef_outline = True
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(gbk_code_points() | set(EXTRAS)))
    subsetter.subset(font)
    # Variation-selector maps (cmap format 14) mean nothing to PDFBox, which warns about them.
    font["cmap"].tables = [table for table in font["cmap"].tables if table.format != 14]
    to_truetype_outlines(font)
    rename(font)
    font.recalcTimestamp = False  # the same inputs give the same bytes
    font["head"].modified = font["head"].created
    font.save(TARGET, reorderTables=True)
    print(TARGET, len(font.getGlyphOrder()), "glyphs", os.path.getsize(TARGET), "bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
