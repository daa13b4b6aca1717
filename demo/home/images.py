"""Demo images drawn locally with Pillow: no downloads, no copied artwork."""

import io
import random

from PIL import Image as PILImage
from PIL import ImageDraw

from django.core.files.images import ImageFile

from wagtail.images import get_image_model


def _banner(width, height, seed):
    rng = random.Random(seed)
    image = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    top, bottom = (163, 25, 28), (125, 18, 21)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    for _ in range(40):
        r = rng.randint(20, 120)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse([x - r, y - r, x + r, y + r], outline=(240, 200, 120), width=2)
    return image


def _qr_pattern(size, seed):
    """A QR-like square for the demo footer; the real code is uploaded by editors."""
    rng = random.Random(seed)
    cells, cell = 25, size // 25
    image = PILImage.new("RGB", (cells * cell, cells * cell), "white")
    draw = ImageDraw.Draw(image)
    for cx in range(cells):
        for cy in range(cells):
            if rng.random() < 0.45:
                draw.rectangle([cx * cell, cy * cell, (cx + 1) * cell - 1, (cy + 1) * cell - 1], fill="black")
    for ox, oy in ((0, 0), (cells - 7, 0), (0, cells - 7)):
        draw.rectangle([ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1], fill="white")
        draw.rectangle([ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1], outline="black", width=cell)
        draw.rectangle([(ox + 2) * cell, (oy + 2) * cell, (ox + 5) * cell - 1, (oy + 5) * cell - 1], fill="black")
    return image


def _logo(size):
    image = PILImage.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([0, 0, size - 1, size - 1], fill=(163, 25, 28))
    m = size // 8
    draw.ellipse([m, m, size - m, size - m], outline="white", width=max(2, size // 24))
    r = size // 10
    for cx, cy in ((size // 2, size * 3 // 8), (size * 3 // 10, size * 3 // 5), (size * 7 // 10, size * 3 // 5)):
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill="white")
    return image


def _scene(width, height, seed):
    """A flat picture of people meeting in a hall, for the news articles' cover images."""
    rng = random.Random(seed)
    image = PILImage.new("RGB", (width, height), (236, 228, 214))
    draw = ImageDraw.Draw(image)
    floor = height * 2 // 3
    draw.rectangle([0, floor, width, height], fill=(196, 170, 134))
    banner = (width // 6, height // 10, width * 5 // 6, height // 4)
    draw.rectangle(banner, fill=(163, 25, 28))
    for x in range(banner[0] + 30, banner[2] - 30, 46):
        draw.rectangle([x, banner[1] + 28, x + 30, banner[3] - 28], fill=(250, 226, 160))
    palette = [(31, 95, 153), (93, 159, 214), (125, 18, 21), (68, 68, 68), (192, 57, 43), (46, 125, 50)]
    for row in range(3):
        y = floor - 40 + row * height // 9
        for x in range(40 + rng.randint(0, 40), width - 40, width // 9):
            r = height // 30 + row * 3
            draw.ellipse([x - r, y - 3 * r, x + r, y - r], fill=(241, 204, 168))
            draw.rounded_rectangle([x - 2 * r, y - r, x + 2 * r, y + 3 * r], radius=r, fill=rng.choice(palette))
    return image


DRAWINGS = {
    "meeting": lambda: _scene(1200, 750, seed=3),
    "hall": lambda: _scene(1200, 750, seed=5),
    "banner": lambda: _banner(1600, 480, seed=7),
    "qr": lambda: _qr_pattern(250, seed=11),
    "logo": lambda: _logo(256),
}


def demo_image(title, kind):
    """Return the demo image called `title`, drawing and saving it on first use."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    DRAWINGS[kind]().save(buffer, format="PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"demo-{kind}.png"))
