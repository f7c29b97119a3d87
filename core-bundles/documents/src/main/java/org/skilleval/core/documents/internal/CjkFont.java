package org.skilleval.core.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one font every PDF embeds: SkillEval Sans SC, a GBK subset of Noto Sans CJK SC with TrueType
 * outlines, shipped inside this bundle under the SIL Open Font License (see {@code /fonts/README.md}).
 * Nothing depends on the fonts of the host.
 *
 * <p>The bytes are read once; each document parses its own copy of the font (a parsed font reads
 * from its data as it goes, so it must not be shared between threads) and embeds only the glyphs it
 * uses.
 */
final class CjkFont {

    static final String RESOURCE = "/fonts/SkillEvalSansSC-Regular.ttf";

    /** What a document prints for a character the font lacks, so that nothing disappears silently. */
    static final char MISSING = '□';

    private final byte[] data;
    private final BitSet supported;

    private CjkFont(byte[] data, BitSet supported) {
        this.data = data;
        this.supported = supported;
    }

    /** Reads the shipped font. */
    static CjkFont load() {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The documents bundle lacks its font " + RESOURCE);
            }
            byte[] data = in.readAllBytes();
            BitSet supported = new BitSet(0x10000);
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                for (int codePoint = 0; codePoint < 0x30000; codePoint++) {
                    if (cmap.getGlyphId(codePoint) > 0) {
                        supported.set(codePoint);
                    }
                }
            }
            return new CjkFont(data, supported);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + RESOURCE, e);
        }
    }

    /** The font for one document, embedded as a subset of the glyphs the document shows. */
    PDType0Font embedIn(PDDocument document) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
        document.registerTrueTypeFontForClosing(font);
        return PDType0Font.load(document, font, true);
    }

    /** Whether the font has a glyph for the character. */
    boolean covers(int codePoint) {
        return supported.get(codePoint);
    }

    /**
     * The text as it can be printed: line breaks and tabs become spaces, other control characters
     * disappear, and a character the font lacks becomes {@value #MISSING}.
     */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(codePoint)
                    || Character.getType(codePoint) == Character.FORMAT
                    || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)) {
                // invisible: zero-width characters, variation selectors
            } else if (covers(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }
}
