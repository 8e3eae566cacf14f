#!/usr/bin/env python3
"""Turns `tmux capture-pane -e -p` output (text with SGR escapes) into a PNG.

    ansi2png.py CAPTURE.txt OUT.png --columns 120 --rows 36

Wide characters (CJK, emoji) take two cells, as in the terminal. Fonts come from Debian:
DejaVu Sans Mono, with Noto Sans CJK for East Asian text.
"""
import argparse
import re
import unicodedata

from PIL import Image, ImageDraw, ImageFont

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BASE16 = [
    (0x1d, 0x1f, 0x21), (0xcc, 0x66, 0x66), (0xb5, 0xbd, 0x68), (0xf0, 0xc6, 0x74),
    (0x81, 0xa2, 0xbe), (0xb2, 0x94, 0xbb), (0x8a, 0xbe, 0xb7), (0xc5, 0xc8, 0xc6),
    (0x96, 0x98, 0x96), (0xd5, 0x4e, 0x53), (0xb9, 0xca, 0x4a), (0xe7, 0xc5, 0x47),
    (0x7a, 0xa6, 0xda), (0xc3, 0x97, 0xd8), (0x70, 0xc0, 0xb1), (0xea, 0xea, 0xea),
]
DEFAULT_FG, DEFAULT_BG = (0xd0, 0xd0, 0xd0), (0x16, 0x18, 0x1c)


def xterm256(index):
    if index < 16:
        return BASE16[index]
    if index < 232:
        index -= 16
        levels = [0, 95, 135, 175, 215, 255]
        return (levels[index // 36], levels[(index // 6) % 6], levels[index % 6])
    gray = 8 + (index - 232) * 10
    return (gray, gray, gray)


def width(char):
    if unicodedata.combining(char):
        return 0
    if unicodedata.east_asian_width(char) in ("W", "F") or 0x1F300 <= ord(char) <= 0x1FAFF:
        return 2
    return 1


def parse(text, columns, rows):
    grid = [[(" ", DEFAULT_FG, DEFAULT_BG, False, 1) for _ in range(columns)] for _ in range(rows)]
    # tmux carries attributes from one line to the next without repeating them.
    fg, bg, bold, reverse = DEFAULT_FG, DEFAULT_BG, False, False
    for row, line in enumerate(text.split("\n")[:rows]):
        col = 0
        for token in re.split(r"(\x1b\[[0-9;:]*m)", line):
            if token.startswith("\x1b["):
                params = [int(p) if p else 0 for p in token[2:-1].replace(":", ";").split(";")] or [0]
                i = 0
                while i < len(params):
                    p = params[i]
                    if p == 0:
                        fg, bg, bold, reverse = DEFAULT_FG, DEFAULT_BG, False, False
                    elif p == 1:
                        bold = True
                    elif p == 22:
                        bold = False
                    elif p == 7:
                        reverse = True
                    elif p == 27:
                        reverse = False
                    elif 30 <= p <= 37:
                        fg = BASE16[p - 30]
                    elif 90 <= p <= 97:
                        fg = BASE16[p - 90 + 8]
                    elif 40 <= p <= 47:
                        bg = BASE16[p - 40]
                    elif 100 <= p <= 107:
                        bg = BASE16[p - 100 + 8]
                    elif p == 39:
                        fg = DEFAULT_FG
                    elif p == 49:
                        bg = DEFAULT_BG
                    elif p in (38, 48) and i + 2 < len(params) and params[i + 1] == 5:
                        color = xterm256(params[i + 2])
                        fg, bg = (color, bg) if p == 38 else (fg, color)
                        i += 2
                    elif p in (38, 48) and i + 4 < len(params) and params[i + 1] == 2:
                        color = tuple(params[i + 2:i + 5])
                        fg, bg = (color, bg) if p == 38 else (fg, color)
                        i += 4
                    i += 1
                continue
            for char in token:
                w = width(char)
                if w == 0 or col >= columns:
                    continue
                cell_fg, cell_bg = (bg, fg) if reverse else (fg, bg)
                grid[row][col] = (char, cell_fg, cell_bg, bold, w)
                if w == 2 and col + 1 < columns:
                    grid[row][col + 1] = ("", cell_fg, cell_bg, bold, 0)
                col += w
    return grid


def render(grid, out_path):
    size = 16
    mono = ImageFont.truetype(MONO, size)
    bold = ImageFont.truetype(MONO_BOLD, size)
    cjk = ImageFont.truetype(CJK, size)
    cell_w = int(mono.getlength("M"))
    cell_h = size + 5
    rows, columns = len(grid), len(grid[0])
    image = Image.new("RGB", (columns * cell_w + 16, rows * cell_h + 16), DEFAULT_BG)
    draw = ImageDraw.Draw(image)
    for r, line in enumerate(grid):
        for c, (char, fg, bg, is_bold, w) in enumerate(line):
            if w == 0:
                continue
            x, y = 8 + c * cell_w, 8 + r * cell_h
            draw.rectangle([x, y, x + cell_w * w - 1, y + cell_h - 1], fill=bg)
            if char.strip():
                font = cjk if w == 2 else (bold if is_bold else mono)
                draw.text((x, y + 1), char, font=font, fill=fg)
    image.save(out_path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("capture")
    parser.add_argument("out")
    parser.add_argument("--columns", type=int, default=120)
    parser.add_argument("--rows", type=int, default=36)
    args = parser.parse_args()
    with open(args.capture, encoding="utf-8", errors="replace") as handle:
        render(parse(handle.read(), args.columns, args.rows), args.out)


if __name__ == "__main__":
    main()
