package org.skilleval.core.documents.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF being drawn, page by page, in points measured from the top left corner of the page (PDF
 * itself measures from the bottom left). Text is set in the embedded {@link CjkFont}; bold is the
 * same font stroked as well as filled, so that the bundle carries one font file only.
 */
final class Pdf implements Closeable {

    static final PDRectangle A4_PORTRAIT = PDRectangle.A4;
    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final Color INK = Color.BLACK;
    static final Color GREY = new Color(0x55, 0x55, 0x55);

    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    private final CjkFont cjk;
    private final PDDocument document;
    private final PDType0Font font;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;

    Pdf(CjkFont cjk, String title) {
        this.cjk = cjk;
        this.document = new PDDocument();
        try {
            this.font = cjk.embedIn(document);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("SkillEval");
        info.setProducer("SkillEval (Apache PDFBox)");
        info.setCreationDate(Calendar.getInstance());
    }

    /** Starts a new page; what follows is drawn on it. */
    void newPage(PDRectangle size) {
        finishPage();
        page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float pageWidth() {
        return page.getMediaBox().getWidth();
    }

    float pageHeight() {
        return page.getMediaBox().getHeight();
    }

    int pageCount() {
        return pages.size();
    }

    /** The printable form of a text (see {@link CjkFont#printable}). */
    String printable(String text) {
        return cjk.printable(text);
    }

    /** The width of a text set at this size. */
    float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of text whose baseline lies {@code baseline} points below the top of the page. */
    void text(String text, float x, float baseline, float size, boolean bold, Color color, Align align) {
        String printable = printable(text);
        if (printable.isEmpty()) {
            return;
        }
        float width = width(printable, size);
        float left =
                switch (align) {
                    case LEFT -> x;
                    case CENTER -> x - width / 2;
                    case RIGHT -> x - width;
                };
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            if (bold) {
                content.setStrokingColor(color);
                content.setLineWidth(size * 0.035f);
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(left, pageHeight() - baseline);
            content.showText(printable);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(String text, float x, float baseline, float size) {
        text(text, x, baseline, size, false, INK, Align.LEFT);
    }

    /**
     * The baseline that centres a line of CJK text of this size vertically in a band starting at
     * {@code top} and {@code height} high.
     */
    static float centredBaseline(float top, float height, float size) {
        return top + height / 2 + size * 0.36f;
    }

    /**
     * Breaks a text into lines no wider than {@code width}: between any two Chinese characters, at
     * spaces between words of Latin letters or digits (a word wider than a line is broken anyway),
     * at every line break of the text, and never before closing punctuation (，。、）…), which
     * stays with the character before it.
     */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            wrapParagraph(printable(paragraph), size, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float width, List<String> lines) {
        List<String> tokens = tokens(paragraph);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String token : tokens) {
            float tokenWidth = width(token, size);
            boolean fits = lineWidth + tokenWidth <= width;
            if (!fits && line.length() > 0 && !closesBefore(token)) {
                // an opening bracket or quote never ends a line: it moves down with what it opens
                String carried = "";
                int last = line.length() - 1;
                if (last > 0 && opensAfter(line.charAt(last))) {
                    carried = line.substring(last);
                    line.setLength(last);
                }
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(carried);
                lineWidth = carried.isEmpty() ? 0 : width(carried, size);
                if (token.isBlank()) {
                    continue;
                }
            }
            if (tokenWidth > width && line.length() == 0) {
                // a word wider than the line: break it where it must
                for (int i = 0; i < token.length(); ) {
                    int next = token.offsetByCodePoints(i, 1);
                    String piece = token.substring(i, next);
                    float pieceWidth = width(piece, size);
                    if (lineWidth + pieceWidth > width && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.append(piece);
                    lineWidth += pieceWidth;
                    i = next;
                }
                continue;
            }
            line.append(token);
            lineWidth += tokenWidth;
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Words of Latin letters and digits stay whole; every other character is a token of its own. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            boolean wordPart = codePoint < 0x2E80 && !Character.isWhitespace(codePoint);
            if (wordPart) {
                word.appendCodePoint(codePoint);
                return;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(new String(Character.toChars(codePoint)));
        });
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean opensAfter(char c) {
        return "（《“‘「『【〔(".indexOf(c) >= 0;
    }

    private static boolean closesBefore(String token) {
        return token.length() == 1 && "，。、；：？！）》」』】〕…—,.;:?!)".indexOf(token.charAt(0)) >= 0;
    }

    /** Lines of text from the top of a box downwards, {@code leading} apart. */
    void lines(List<String> lines, float x, float top, float size, float leading, Color color) {
        float baseline = centredBaseline(top, leading, size);
        for (String line : lines) {
            text(line, x, baseline, size, false, color, Align.LEFT);
            baseline += leading;
        }
    }

    /** Lines centred horizontally and vertically in a box. */
    void centredLines(List<String> lines, float x, float top, float width, float height, float size, float leading) {
        float first = top + (height - lines.size() * leading) / 2;
        for (int i = 0; i < lines.size(); i++) {
            text(
                    lines.get(i),
                    x + width / 2,
                    centredBaseline(first + i * leading, leading, size),
                    size,
                    false,
                    INK,
                    Align.CENTER);
        }
    }

    /** A rectangle's outline. */
    void box(float x, float top, float width, float height, float lineWidth, Color color) {
        draw(stream -> {
            stream.setStrokingColor(color);
            stream.setLineWidth(lineWidth);
            stream.addRect(x, pageHeight() - top - height, width, height);
            stream.stroke();
        });
    }

    /** A filled rectangle. */
    void fill(float x, float top, float width, float height, Color color) {
        draw(stream -> {
            stream.setNonStrokingColor(color);
            stream.addRect(x, pageHeight() - top - height, width, height);
            stream.fill();
        });
    }

    /** A straight line. */
    void line(float x1, float y1, float x2, float y2, float lineWidth, Color color) {
        draw(stream -> {
            stream.setStrokingColor(color);
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, pageHeight() - y1);
            stream.lineTo(x2, pageHeight() - y2);
            stream.stroke();
        });
    }

    /**
     * The squares of a QR code (or any matrix of dark modules), each {@code module} points wide,
     * drawn as vector shapes so that the code prints sharp at any resolution.
     */
    void modules(boolean[][] dark, float x, float top, float module) {
        draw(stream -> {
            stream.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < dark.length; row++) {
                int column = 0;
                while (column < dark[row].length) {
                    if (!dark[row][column]) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < dark[row].length && dark[row][column]) {
                        column++;
                    }
                    stream.addRect(
                            x + start * module,
                            pageHeight() - top - (row + 1) * module,
                            (column - start) * module,
                            module);
                }
            }
            stream.fill();
        });
    }

    /** An image scaled to fit the box, keeping its proportions, centred in it. */
    void image(byte[] bytes, String name, float x, float top, float width, float height) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, name);
        float scale = Math.min(width / image.getWidth(), height / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        content.drawImage(image, x + (width - w) / 2, pageHeight() - top - (height + h) / 2, w, h);
    }

    /** Text rotated about its centre, e.g. a 已撤销 mark across a page; {@code opacity} 0–1. */
    void rotatedText(String text, float centreX, float centreY, float size, float degrees, Color color, float opacity) {
        String printable = printable(text);
        float width = width(printable, size);
        try {
            content.saveGraphicsState();
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant(opacity);
            state.setStrokingAlphaConstant(opacity);
            content.setGraphicsStateParameters(state);
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            content.setRenderingMode(RenderingMode.FILL);
            Matrix matrix = Matrix.getRotateInstance(Math.toRadians(degrees), centreX, pageHeight() - centreY);
            matrix.translate(-width / 2, -size * 0.36f);
            content.setTextMatrix(matrix);
            content.showText(printable);
            content.endText();
            content.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a drawing step on each page after all pages exist, e.g. "第 1 页 共 3 页" footers. */
    private void onEveryPage(BiConsumer<Integer, Integer> footer) {
        finishPage();
        for (int i = 0; i < pages.size(); i++) {
            page = pages.get(i);
            try {
                content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true);
                footer.accept(i + 1, pages.size());
                content.close();
                content = null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A drawing step on the current page. */
    @FunctionalInterface
    private interface Step {
        void draw(PDPageContentStream stream) throws IOException;
    }

    private void draw(Step step) {
        try {
            step.draw(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "第 1 页　共 3 页" at the foot of every page, once all pages exist. */
    void numberPages() {
        onEveryPage((number, total) ->
                text("第 " + number + " 页　共 " + total + " 页", pageWidth() / 2, 822, 9, false, GREY, Align.CENTER));
    }

    private void finishPage() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    /** The finished file. */
    byte[] toBytes() {
        finishPage();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            finishPage();
        } finally {
            try {
                document.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
