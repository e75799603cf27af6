"""A tiny baseline JPEG encoder, enough for the RTSP snapshot: grayscale, one flat tone per 8x8 block.

Only DC coefficients are coded (every block's AC part is an end-of-block), with the standard
luminance DC Huffman table from ITU T.81 Annex K, so any JPEG decoder reads the result. No Pillow.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

# ITU T.81 table K.3: code counts per length 1..16, then the symbols (DC size categories 0..11).
_DC_COUNTS = (0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)
_DC_SYMBOLS = tuple(range(12))
# AC table with a single symbol, 0x00 (end of block), coded as the 1-bit code "0".
_AC_COUNTS = (1,) + (0,) * 15
_AC_SYMBOLS = (0,)
_DC_QUANT = 8  # a flat block of tone v has DC coefficient 8 * (v - 128); quantised back to v - 128


def _codes(counts: Sequence[int], symbols: Sequence[int]) -> dict[int, tuple[int, int]]:
    """Canonical Huffman codes: symbol -> (code, length)."""
    table: dict[int, tuple[int, int]] = {}
    code, k = 0, 0
    for length, count in enumerate(counts, start=1):
        for _ in range(count):
            table[symbols[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return table


class _Bits:
    def __init__(self) -> None:
        self.out = bytearray()
        self._acc = 0
        self._n = 0

    def put(self, value: int, length: int) -> None:
        for i in range(length - 1, -1, -1):
            self._acc = (self._acc << 1) | ((value >> i) & 1)
            self._n += 1
            if self._n == 8:
                self._emit(self._acc)
                self._acc, self._n = 0, 0

    def _emit(self, byte: int) -> None:
        self.out.append(byte)
        if byte == 0xFF:
            self.out.append(0x00)  # byte stuffing inside entropy-coded data

    def flush(self) -> bytes:
        if self._n:
            self.put((1 << (8 - self._n)) - 1, 8 - self._n)  # pad with 1 bits
        return bytes(self.out)


def _segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">HH", 0xFF00 | marker, len(payload) + 2) + payload


def encode_blocks(tones: Sequence[Sequence[int]]) -> bytes:
    """Encode a grid of block tones (rows of 0..255 values); each becomes one flat 8x8 block."""
    rows, cols = len(tones), len(tones[0])
    dc, ac = _codes(_DC_COUNTS, _DC_SYMBOLS), _codes(_AC_COUNTS, _AC_SYMBOLS)
    bits, previous = _Bits(), 0
    for row in tones:
        for tone in row:
            value = max(0, min(255, tone)) - 128
            diff, previous = value - previous, value
            size = abs(diff).bit_length()
            bits.put(*dc[size])
            if size:
                bits.put(diff if diff > 0 else diff + (1 << size) - 1, size)
            bits.put(*ac[0])
    quant = bytes([_DC_QUANT] + [1] * 63)
    return b"".join(
        [
            b"\xff\xd8",
            _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
            _segment(0xDB, b"\x00" + quant),
            _segment(0xC0, struct.pack(">BHHB", 8, rows * 8, cols * 8, 1) + b"\x01\x11\x00"),
            _segment(0xC4, b"\x00" + bytes(_DC_COUNTS) + bytes(_DC_SYMBOLS)),
            _segment(0xC4, b"\x10" + bytes(_AC_COUNTS) + bytes(_AC_SYMBOLS)),
            _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00"),
            bits.flush(),
            b"\xff\xd9",
        ]
    )


def snapshot(width_blocks: int = 8, height_blocks: int = 6) -> bytes:
    """A 64x48 'camera view': a sky gradient, a bright sun, dark ground."""
    tones = []
    for y in range(height_blocks):
        row = []
        for x in range(width_blocks):
            if y >= height_blocks - 2:
                tone = 60 + 10 * ((x + y) % 2)
            elif (x, y) in ((5, 1), (6, 1), (5, 2), (6, 2)):
                tone = 245
            else:
                tone = 200 - 20 * y
            row.append(tone)
        tones.append(row)
    return encode_blocks(tones)


SNAPSHOT_JPEG = snapshot()
