"""The labelled procedural data sets of the benchmark suite, and the suite's dev / held-out split.

Visibility floor: moving one factor from the low to the high end of its range (for a
cyclic factor: to the half-way point, since both ends are the same picture), with the other
factors at the middle of theirs (categorical: the first category), must change the image by
a mean absolute difference of at least FLOOR_MEAN grey levels (0-255, over all pixels and
channels) and change at least FLOOR_PIXELS pixels by FLOOR_LEVEL grey levels or more. For
scale: the dSprites-like `shapes` set's orientation (0 to 45 degrees) changes it by ~3.6.
"""

import importlib
import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from latentexplainer.data import DATASETS, load_dataset
from latentexplainer.data.suite import DEV_SETS, HELDOUT_SETS, suite_sets
from latentexplainer.errors import ConfigError, DataError, one_line

ROOT = Path(__file__).resolve().parents[1]

NEW_SETS = {  # name -> channels
    "bars": 3, "objects": 3, "gratings": 3, "glyphs": 1, "sphere": 3, "faces": 3, "textures": 3, "clock": 3,
    "landscape": 3, "rings": 3, "dots": 3, "vase": 3, "balloon": 3, "house": 3, "fish": 3,
    "candle": 3, "glass": 3, "kite": 3, "moon": 3, "bookshelf": 3, "umbrella": 3,
    "traffic": 3, "sailboat": 3, "flower": 3, "snowman": 3, "butterfly": 3, "windmill": 3,
    "lighthouse": 3, "car": 3, "rocket": 3, "dice": 3, "bottle": 3, "chess": 3,
    "lamp": 3, "tree": 3, "hourglass": 3, "coffee": 3, "card": 3, "cloud": 3,
    "cactus": 3, "train": 3, "fence": 3, "mug": 3, "sign": 3, "key": 3,
    "bicycle": 3, "teapot": 3, "penguin": 3, "tent": 3, "guitar": 3, "bridge": 3,
    "ladder": 3, "kettle": 3, "owl": 3, "anchor": 3, "piano": 3, "canoe": 3,
    "mushroom": 3, "flag": 3, "whale": 3, "mailbox": 3, "sled": 3, "fountain": 3,
    "castle": 3, "bus": 3, "cupcake": 3, "robot": 3, "beachball": 3, "bee": 3,
    "tractor": 3, "crab": 3, "pizza": 3, "ferriswheel": 3, "jellyfish": 3, "swing": 3,
    "pancakes": 3, "caterpillar": 3, "window": 3, "skyline": 3, "toaster": 3, "eye": 3,
    "lantern": 3, "snail": 3, "clocktower": 3, "octopus": 3, "hammock": 3, "rainbow": 3,
    "aquarium": 3, "campfire": 3, "scarecrow": 3, "submarine": 3, "parrot": 3, "volcano": 3,
    "tortoise": 3, "giraffe": 3, "helicopter": 3, "spider": 3, "telescope": 3, "rooster": 3,
    "frog": 3, "carousel": 3, "igloo": 3, "sundial": 3, "crane": 3, "accordion": 3,
    "kayak": 3, "pinwheel": 3, "beehive": 3, "seesaw": 3, "snowglobe": 3, "weathervane": 3,
    "laptop": 3, "metronome": 3, "windsock": 3, "clothesline": 3, "birdhouse": 3, "basketball": 3,
    "lawnmower": 3, "chandelier": 3, "wheelbarrow": 3, "blimp": 3, "fireplace": 3, "treehouse": 3,
    "trophy": 3, "scissors": 3, "bowling": 3, "parachute": 3, "quilt": 3, "watermelon": 3,
    "present": 3, "fan": 3, "sandcastle": 3, "envelope": 3, "dominoes": 3, "donut": 3,
    "sofa": 3, "marbles": 3, "compass": 3, "lollipop": 3, "pencil": 3, "bench": 3,
    "stapler": 3, "zipper": 3, "television": 3, "strawberry": 3, "eggs": 3, "ladybug": 3,
    "fruitbowl": 3, "airplane": 3, "bricks": 3, "abacus": 3, "faucet": 3, "toothbrush": 3,
    "turbine": 3, "hydrant": 3, "easel": 3, "suitcase": 3, "bathtub": 3, "scooter": 3,
    "barn": 3, "pumpkin": 3, "well": 3, "radio": 3, "cones": 3, "chair": 3,
    "blinds": 3, "bunting": 3, "dinner": 3, "staircase": 3, "wardrobe": 3, "dartboard": 3,
    "icecream": 3, "door": 3, "globe": 3, "deckchair": 3, "cake": 3, "rabbit": 3,
    "banana": 3, "sprinkler": 3, "birdcage": 3, "shower": 3, "cannon": 3, "yoyo": 3,
    "hedgehog": 3, "typewriter": 3, "bucket": 3, "drum": 3, "pier": 3, "hotdog": 3,
    "tricycle": 3, "beaver": 3, "kiln": 3, "raft": 3, "tuba": 3, "bonsai": 3,
    "gazebo": 3, "harp": 3, "wagon": 3, "jukebox": 3, "birdbath": 3, "skateboard": 3,
    "powerlines": 3, "beachhuts": 3, "washer": 3, "picnic": 3, "jars": 3, "houseplant": 3,
    "gumball": 3, "windchime": 3, "crosswalk": 3, "cookies": 3, "lilypond": 3, "curtains": 3,
    "bakery": 3, "koi": 3, "streetlamp": 3, "dresser": 3, "hotairballoon": 3, "terrarium": 3,
    "greenhouse": 3, "bicyclerack": 3, "marketstall": 3, "pagoda": 3, "porthole": 3, "xylophone": 3,
    "stove": 3, "sheep": 3, "fridge": 3, "bed": 3, "roundabout": 3, "swimmingpool": 3,
    "turntable": 3, "doghouse": 3, "billiards": 3, "wateringcan": 3, "burger": 3, "carpark": 3,
    "mailtruck": 3, "sandbox": 3, "clockshop": 3, "fishbowl": 3, "ovenmitt": 3, "bookstack": 3,
    "bandstand": 3, "toolbox": 3, "tugboat": 3, "pottery": 3, "icerink": 3, "postbox": 3,
    "lemonade": 3, "ferry": 3, "birdfeeder": 3, "hatrack": 3, "rowboat": 3, "pinata": 3,
    "cablecar": 3, "dovecote": 3, "paddock": 3, "laundromat": 3, "orchard": 3, "waterwheel": 3,
    "bandoneon": 3, "campsite": 3, "sushibar": 3, "weatherstation": 3, "henhouse": 3, "rockpool": 3,
    "aviary": 3, "observatory": 3, "dollhouse": 3, "marina": 3, "vineyard": 3, "skatepark": 3,
    "bathhouse": 3, "boathouse": 3, "planetarium": 3, "junkyard": 3, "beanstalk": 3, "icecave": 3,
    "sawmill": 3, "apiary": 3, "teahouse": 3, "foundry": 3, "geyser": 3, "cornfield": 3,
    "brewery": 3, "kennel": 3, "chapel": 3, "tramstop": 3, "blacksmith": 3, "quarry": 3,
    "library": 3, "cinema": 3, "greengrocer": 3, "signalbox": 3, "hayloft": 3, "waterfall": 3,
    "pharmacy": 3, "rollercoaster": 3, "petrolstation": 3, "lockgate": 3, "fernery": 3, "smokehouse": 3,
    "dockyard": 3, "allotment": 3, "tollbooth": 3, "lido": 3, "printshop": 3, "stables": 3,
    "ropewalk": 3, "icehouse": 3, "cidermill": 3, "toyshop": 3, "postoffice": 3, "hatshop": 3,
    "tannery": 3, "fishmarket": 3, "barbershop": 3, "orangery": 3, "belltower": 3, "pottingshed": 3,
    "glassworks": 3, "distillery": 3, "chocolatier": 3, "puppetshow": 3, "lavenderfarm": 3, "mineshaft": 3,
    "ropeswing": 3, "bellfoundry": 3, "coopershop": 3, "tearoom": 3, "sluicegate": 3, "kitchengarden": 3,
    "cobbler": 3, "stonemason": 3, "dairy": 3, "canalboat": 3, "bowlinggreen": 3, "saltpans": 3,
    "papermill": 3, "loomshed": 3, "cheesemaker": 3, "hopkiln": 3, "tailorshop": 3, "fishpond": 3,
    "brickworks": 3, "bakehouse": 3, "granary": 3, "washhouse": 3, "tinsmith": 3, "boatyard": 3,
    "wheelwright": 3, "saddlery": 3, "bookbinder": 3, "lacemaker": 3, "farrier": 3, "dyehouse": 3,
    "fletcher": 3, "soapmaker": 3, "locksmith": 3, "sailmaker": 3, "basketmaker": 3, "thatcher": 3,
    "glazier": 3, "jeweller": 3, "florist": 3, "chimneysweep": 3, "lamplighter": 3, "cutler": 3,
    "luthier": 3, "cartographer": 3, "signwriter": 3, "upholsterer": 3, "perfumer": 3, "chandler": 3,
    "photographer": 3, "carpenter": 3, "vintner": 3, "millwright": 3, "haberdasher": 3, "woodcutter": 3,
    "plumber": 3, "bookseller": 3, "ironmonger": 3, "surveyor": 3, "falconer": 3, "lifeguard": 3,
    "optician": 3, "gondolier": 3, "welder": 3, "laboratory": 3, "mechanic": 3, "dentist": 3,
    "butcher": 3, "calligrapher": 3, "firestation": 3, "sculptor": 3, "stationmaster": 3, "organist": 3,
    "woodturner": 3, "bricklayer": 3, "auctioneer": 3, "milkman": 3, "innkeeper": 3, "pawnbroker": 3,
    "glassblower": 3, "confectioner": 3, "fisherman": 3, "shepherd": 3, "dressmaker": 3, "windowcleaner": 3,
    "sommelier": 3, "spinner": 3, "assayer": 3, "decorator": 3, "pyrotechnist": 3, "topiarist": 3,
    "juggler": 3, "conductor": 3, "beekeeper": 3, "astronomer": 3, "potter": 3, "chef": 3,
    "milliner": 3, "stoker": 3, "engraver": 3, "ferryman": 3, "knitter": 3, "barista": 3,
    "gilder": 3, "organgrinder": 3, "tiler": 3, "diver": 3, "helmsman": 3, "acrobat": 3,
    "shipwright": 3, "ploughman": 3, "signalman": 3, "typesetter": 3, "watchmaker": 3, "drover": 3,
    "bellringer": 3, "goldsmith": 3, "gamekeeper": 3, "candlemaker": 3, "shearer": 3, "fishmonger": 3,
    "weaver": 3, "miller": 3, "glover": 3, "coalman": 3, "armourer": 3, "postman": 3,
    "apothecary": 3, "banker": 3, "embroiderer": 3, "schoolmaster": 3, "navvy": 3, "stevedore": 3,
    "plasterer": 3, "bowyer": 3, "ratcatcher": 3, "coppersmith": 3, "steeplejack": 3, "pedlar": 3,
    "sawyer": 3, "roofer": 3, "hatter": 3, "collier": 3, "scrivener": 3, "trawlerman": 3,
    "tinker": 3, "drayman": 3, "fowler": 3, "sexton": 3, "ostler": 3, "porter": 3,
    "hedger": 3, "shrimper": 3, "draper": 3, "stationer": 3, "chainmaker": 3, "thresher": 3,
    "pewterer": 3, "rigger": 3, "lapidary": 3, "scaffolder": 3, "pieman": 3, "wigmaker": 3,
    "netmaker": 3, "beadmaker": 3, "lumberjack": 3, "icemaker": 3, "buttonmaker": 3, "brewer": 3,
    "maltster": 3, "clogmaker": 3, "feltmaker": 3, "forester": 3, "harbourmaster": 3, "costermonger": 3,
}
FLOOR_MEAN = 2.5
FLOOR_LEVEL, FLOOR_PIXELS = 48, 40
MIN_STD = 10.0  # every image's pixel standard deviation: no image is (nearly) blank


def _module(name):
    return importlib.import_module(f"latentexplainer.data.{name}")


def _mid(m):
    return [0.0 if f.kind == "categorical" else (lo + hi) / 2 for f, (lo, hi) in zip(m.FACTORS, m.RANGES)]


def _ends(f, lo, hi):
    if f.kind == "categorical":
        return 0.0, float(len(f.categories) - 1)
    if f.kind == "cyclic":
        return lo, (lo + hi) / 2
    return lo, hi


def _cases():
    return [(name, k) for name in NEW_SETS for k in range(len(_module(name).FACTORS))]


@pytest.mark.parametrize("name", NEW_SETS)
def test_set_loads_with_its_factors(name):
    m = _module(name)
    d = load_dataset(name, 40, seed=2)
    assert d.name == name
    assert d.images.shape == (40, 64, 64, NEW_SETS[name]) and d.images.dtype == np.uint8
    assert d.factors.shape == (40, len(m.FACTORS)) and d.factor_info == m.FACTORS
    assert len(m.FACTORS) >= 4 and len(m.RANGES) == len(m.FACTORS)
    assert len(set(d.factor_names)) == len(d.factor_names)
    for f in m.FACTORS:
        assert f.kind in ("continuous", "categorical", "cyclic")
        assert 3 <= len(f.description) <= 80 and f.description == f.description.strip()
        assert (len(f.categories) >= 2) == (f.kind == "categorical")


@pytest.mark.parametrize("name", NEW_SETS)
def test_same_seed_same_images_other_seed_other_images(name):
    a, b, c = (load_dataset(name, 24, seed=s) for s in (5, 5, 6))
    assert np.array_equal(a.images, b.images) and np.array_equal(a.factors, b.factors)
    assert not np.array_equal(a.images, c.images) and not np.array_equal(a.factors, c.factors)


@pytest.mark.parametrize("name", NEW_SETS)
def test_render_draws_the_labelled_factors(name):
    """load's images are exactly what render draws for the recorded factors."""
    m = _module(name)
    d = load_dataset(name, 6, seed=9)
    for img, f in zip(d.images, d.factors):
        assert np.array_equal(m.render(*f), img)


@pytest.mark.parametrize("name", NEW_SETS)
def test_factors_are_independent_uniform_draws_within_their_ranges(name):
    m = _module(name)
    f = m.sample_factors(3000, np.random.default_rng(0))
    for j, (fac, (lo, hi)) in enumerate(zip(m.FACTORS, m.RANGES)):
        v = f[:, j]
        if fac.kind == "categorical":
            assert np.array_equal(v, np.round(v))
            counts = np.bincount(v.astype(int), minlength=len(fac.categories))
            assert len(counts) == len(fac.categories) and counts.min() > 3000 / len(fac.categories) * 0.8
        else:
            assert lo <= v.min() and v.max() <= hi, fac.name
            span = hi - lo
            assert v.min() < lo + 0.01 * span and v.max() > hi - 0.01 * span, fac.name  # covers the range
            assert abs(v.mean() - (lo + hi) / 2) < 0.03 * span, fac.name  # uniform, not skewed
    corr = np.corrcoef(f, rowvar=False)
    assert np.abs(corr - np.eye(len(m.FACTORS))).max() < 0.1  # drawn independently


@pytest.mark.parametrize("name,k", _cases())
def test_every_factor_visibly_changes_the_image(name, k):
    m = _module(name)
    f, (lo, hi) = m.FACTORS[k], m.RANGES[k]
    a, b = _mid(m), _mid(m)
    a[k], b[k] = _ends(f, lo, hi)
    x, y = m.render(*a).astype(float), m.render(*b).astype(float)
    diff = np.abs(x - y)
    assert diff.mean() >= FLOOR_MEAN, f"{name}.{f.name}: mean change {diff.mean():.2f} < {FLOOR_MEAN}"
    assert (diff.max(-1) >= FLOOR_LEVEL).sum() >= FLOOR_PIXELS, f"{name}.{f.name}: too few pixels change"
    for img in (x, y):
        assert img.std() >= MIN_STD


@pytest.mark.parametrize("name", NEW_SETS)
def test_categories_all_look_different(name):
    m = _module(name)
    for k, f in enumerate(m.FACTORS):
        if f.kind != "categorical":
            continue
        imgs = []
        for c in range(len(f.categories)):
            v = _mid(m)
            v[k] = float(c)
            imgs.append(m.render(*v).astype(float))
        for i in range(len(imgs)):
            for j in range(i):
                assert np.abs(imgs[i] - imgs[j]).mean() >= FLOOR_MEAN, (f.categories[i], f.categories[j])


@pytest.mark.parametrize("name", NEW_SETS)
def test_no_image_is_blank(name):
    d = load_dataset(name, 300, seed=4)
    std = d.images.reshape(len(d.images), -1).astype(float).std(1)
    assert std.min() >= MIN_STD


def test_the_data_speed_benchmark_times_every_built_in_set_and_flags_a_slow_one(tmp_path):
    # speed is measured by benchmarks/data_speed.py (CPU seconds per 2,000 images), not asserted here
    spec = importlib.util.spec_from_file_location("data_speed", ROOT / "benchmarks" / "data_speed.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert set(NEW_SETS) <= set(bench.built_in_sets())
    assert not set(bench.built_in_sets()) & {"folder", "npz", "fashion-mnist"}
    out = tmp_path / "speed.json"
    assert bench.main(["--sets", "kite,lamp", "--images", "20", "--out", str(out)]) == 0
    got = json.loads(out.read_text())
    assert sorted(r["set"] for r in got["sets"]) == ["kite", "lamp"] and got["over"] == []
    assert all(r["images"] == 20 and r["cpu_s_per_2000"] == pytest.approx(r["cpu_s"] * 100, rel=0.01, abs=0.006)
               for r in got["sets"])
    assert bench.main(["--sets", "kite", "--images", "20", "--max-seconds", "0", "--out", str(out)]) == 1
    assert json.loads(out.read_text())["over"] == ["kite"]
    assert bench.main(["--sets", "nosuchset", "--out", str(out)]) == 2


@pytest.mark.parametrize("name", NEW_SETS)
def test_an_argument_is_refused_with_a_teaching_message(name):
    with pytest.raises(DataError, match=f"use just '{name}'"):
        load_dataset(f"{name}:something", 4, seed=0)


# a few factors checked for what they mean, not only that they change something


def _centroid_x(img):
    w = img.astype(float).sum((0, 2))
    return (w * np.arange(64)).sum() / w.sum()


def test_bars_position_moves_the_bar_right_and_width_widens_it():
    from latentexplainer.data import bars

    left, right = bars.render(0.0, 0.5, 0.3, 0.2), bars.render(1.0, 0.5, 0.3, 0.2)
    grey = 0.2 * 255
    assert _centroid_x(np.abs(left - grey)) < 20 < 44 < _centroid_x(np.abs(right - grey))
    thin, wide = bars.render(0.5, 0.0, 0.3, 0.2), bars.render(0.5, 1.0, 0.3, 0.2)
    cols = lambda im: (np.abs(im[32].astype(float) - grey).max(-1) > 40).sum()  # noqa: E731
    assert cols(thin) <= 4 and cols(wide) >= 16


def test_sphere_light_azimuth_lights_the_side_it_comes_from():
    from latentexplainer.data import sphere

    lo, hi = sphere.RANGES[0]
    from_left = sphere.render(lo, 0.0, 0.3, 0.5).astype(float).sum(-1)
    from_right = sphere.render(hi, 0.0, 0.3, 0.5).astype(float).sum(-1)
    assert from_left[20:44, 14:30].mean() > from_left[20:44, 34:50].mean() + 100
    assert from_right[20:44, 34:50].mean() > from_right[20:44, 14:30].mean() + 100


def test_faces_smile_lifts_the_mouth_corners():
    from latentexplainer.data import faces

    def corner_row(img):  # mean row of the mouth's red pixels near a corner
        r, g = img[..., 0].astype(float), img[..., 1].astype(float)
        red = (r - g > 80)
        red[:, 26:38] = False  # away from the middle of the mouth
        return np.nonzero(red)[0].mean()

    smile, frown = faces.render(0.5, 1.0, 0.3, 0.5), faces.render(0.5, -1.0, 0.3, 0.5)
    assert corner_row(smile) < corner_row(frown) - 5


def test_clock_hand_angle_is_cyclic():
    from latentexplainer.data import clock

    assert clock.FACTORS[0].kind == "cyclic"
    full = clock.RANGES[0][1]
    assert np.abs(clock.render(0.0, 0.5, 0.5, 0.3).astype(int) - clock.render(full, 0.5, 0.5, 0.3)).max() <= 1


def test_glyphs_letters_are_the_declared_ones():
    from latentexplainer.data import glyphs

    assert glyphs.FACTORS[0].categories == glyphs.LETTERS and len(glyphs.LETTERS) == 5
    o = glyphs.render(glyphs.LETTERS.index("O"), 1.0, 0.5, 0.0)[..., 0]
    assert o[32, 32] < 40  # the hole in the middle of an O
    t = glyphs.render(glyphs.LETTERS.index("T"), 1.0, 0.5, 0.0)[..., 0]
    assert t[40:48, 31:34].max() > 200  # the stem of a T


def test_landscape_horizon_raises_the_ground_and_sun_x_moves_the_sun():
    from latentexplainer.data import landscape

    def ground_rows(img):  # rows darker than the sky (the ground is always darker)
        return int((img.astype(float).max(-1).mean(1) < 160).sum())

    assert ground_rows(landscape.render(1.0, 0.5, 0.4, 0.5)) > ground_rows(landscape.render(0.0, 0.5, 0.4, 0.5)) + 18

    def sun_x(img):  # centroid of the near-white pixels
        return _centroid_x((img.astype(float).min(-1) > 200)[..., None])

    assert sun_x(landscape.render(0.5, 0.0, 0.4, 0.5)) < 14 < 50 < sun_x(landscape.render(0.5, 1.0, 0.4, 0.5))


def test_rings_have_a_hole_and_radius_widens_the_ring():
    from latentexplainer.data import rings

    def span(img):  # columns of the middle row covered by the ring
        on = np.nonzero(np.abs(img[32].astype(float) - 255 * np.array(rings.BACKGROUND)).max(-1) > 60)[0]
        return on.max() - on.min() + 1

    small, large = rings.render(0.0, 0.5, 0.3, 0.5), rings.render(1.0, 0.5, 0.3, 0.5)
    assert span(small) <= 18 and span(large) >= 36
    for img in (small, large):  # the middle of the ring is background
        assert np.abs(img[32, 32].astype(float) - 255 * np.array(rings.BACKGROUND)).max() < 3


def test_dots_count_is_the_number_of_dots():
    from scipy import ndimage

    from latentexplainer.data import dots

    assert dots.FACTORS[0].kind == "categorical" and dots.FACTORS[0].categories == ("1", "2", "3", "4", "5", "6")
    for code in range(6):
        img = dots.render(code, 1.0, 0.3, 0.2).astype(float)
        on = np.abs(img - 0.2 * 255).max(-1) > 60
        assert ndimage.label(on)[1] == code + 1  # the dots are separate, even at the largest size


def test_vase_widths_and_height_change_the_silhouette_where_they_should():
    from latentexplainer.data import vase

    def widths(img):  # per row: how many pixels are vase
        return (np.abs(img.astype(float) - 255 * np.array(vase.BACKGROUND)).max(-1) > 40).sum(1)

    short, tall = widths(vase.render(0.0, 0.5, 0.5, 0.3)), widths(vase.render(1.0, 0.5, 0.5, 0.3))
    assert np.nonzero(tall)[0].min() < np.nonzero(short)[0].min() - 18  # the top is higher
    thin, fat = widths(vase.render(0.5, 0.0, 0.5, 0.3)), widths(vase.render(0.5, 1.0, 0.5, 0.3))
    assert fat.max() >= thin.max() + 16
    narrow, wide = widths(vase.render(0.5, 0.5, 0.0, 0.3)), widths(vase.render(0.5, 0.5, 1.0, 0.3))
    neck_row = int(vase.BASE - 0.8 * (28 + 24 * 0.5))
    assert wide[neck_row] >= narrow[neck_row] + 10
    assert abs(int(wide.max()) - int(narrow.max())) <= 2  # the belly keeps its width


def test_balloon_altitude_raises_it_on_a_longer_string_and_size_widens_it():
    from latentexplainer.data import balloon

    def rows_cols(img):  # rows and columns of the balloon's strongly coloured pixels
        img = img.astype(float)
        on = img.max(-1) - img.min(-1) > 140  # the sky (at sky=0.5) and the grass are far less saturated
        return np.nonzero(on.any(1))[0], np.nonzero(on.any(0))[0]

    low, high = balloon.render(0.0, 0.5, 0.3, 0.5), balloon.render(1.0, 0.5, 0.3, 0.5)
    assert rows_cols(high)[0].min() < rows_cols(low)[0].min() - 20  # the balloon is higher up
    for img in (low, high):  # the string still reaches the grass, straight below the balloon
        assert img[int(balloon.GROUND) - 2, 32].astype(float).min() > 200
        assert img[int(balloon.GROUND) + 2, 32].astype(float).max() < 160  # the grass
    small, large = balloon.render(0.5, 0.0, 0.3, 0.5), balloon.render(0.5, 1.0, 0.3, 0.5)
    assert len(rows_cols(large)[1]) >= len(rows_cols(small)[1]) + 10
    dark, light = balloon.render(0.5, 0.5, 0.3, 0.0), balloon.render(0.5, 0.5, 0.3, 1.0)
    assert light[:8, :8].astype(float).mean() > dark[:8, :8].astype(float).mean() + 100  # the sky
    red = balloon.render(0.5, 0.5, 0.0, 0.5)[int(40 - 25 * 0.5) + 3, 32].astype(int)
    assert red[0] > red[1] + 100 and red[0] > red[2] + 100


def test_house_width_roof_door_and_wall_hue_change_their_own_parts():
    from latentexplainer.data import house

    def house_mask(img):
        return np.abs(img.astype(float) - 255 * np.array(house.SKY)).max(-1) > 40

    narrow, wide = house.render(0.0, 0.5, 0.5, 0.3), house.render(1.0, 0.5, 0.5, 0.3)
    wall_row = int(house.EAVES) + 3  # above the door
    assert house_mask(wide)[wall_row].sum() >= house_mask(narrow)[wall_row].sum() + 16
    flat, tall = house.render(0.5, 0.0, 0.5, 0.3), house.render(0.5, 1.0, 0.5, 0.3)
    top = lambda img: np.nonzero(house_mask(img).any(1))[0].min()  # noqa: E731
    assert top(tall) < top(flat) - 14
    assert np.array_equal(flat[int(house.EAVES):], tall[int(house.EAVES):])  # the wall and door stay

    def door_x(img):  # centroid of the door-coloured pixels
        return _centroid_x((np.abs(img.astype(float) - 255 * np.array(house.DOOR)).max(-1) < 20)[..., None])

    left, right = house.render(0.5, 0.5, 0.0, 0.3), house.render(0.5, 0.5, 1.0, 0.3)
    assert door_x(left) < 24 < 40 < door_x(right)
    assert np.array_equal(left[:int(house.EAVES)], right[:int(house.EAVES)])  # the roof stays
    red, blue = house.render(0.5, 0.5, 0.0, 0.0).astype(int), house.render(0.5, 0.5, 0.0, 0.62).astype(int)
    assert red[wall_row, 32, 0] > red[wall_row, 32, 2] + 80 and blue[wall_row, 32, 2] > blue[wall_row, 32, 0] + 80
    assert np.array_equal(red[:int(house.EAVES) - 1], blue[:int(house.EAVES) - 1])  # the roof keeps its colour
    door = (slice(int(house.BASE) - 10, int(house.BASE) - 2), slice(19, 25))  # door_position 0: x = 18..26
    assert np.array_equal(red[door], blue[door])  # and so does the door


def test_fish_heading_turns_it_tail_grows_behind_it_and_patterns_are_stripes_or_spots():
    from scipy import ndimage

    from latentexplainer.data import fish

    assert fish.FACTORS[0].kind == "cyclic" and fish.FACTORS[2].categories == ("plain", "striped", "spotted")
    full = fish.RANGES[0][1]
    assert np.abs(fish.render(0.0, 0.5, 1, 0.3).astype(int) - fish.render(full, 0.5, 1, 0.3)).max() <= 1

    def pupil(img):  # (row, column) of the eye's pupil, the only near-black pixels
        return np.argwhere(img.max(-1) < 40).mean(0)

    right, up = pupil(fish.render(0.0, 0.5, 0, 0.3)), pupil(fish.render(full / 4, 0.5, 0, 0.3))
    left, down = pupil(fish.render(full / 2, 0.5, 0, 0.3)), pupil(fish.render(3 * full / 4, 0.5, 0, 0.3))
    assert right[1] > 40 and left[1] < 24 and up[0] < 24 and down[0] > 40

    small, large = fish.render(0.0, 0.0, 0, 0.3).astype(int), fish.render(0.0, 1.0, 0, 0.3).astype(int)
    on = lambda img: np.abs(img - 255 * np.array(fish.WATER)).max(-1) > 40  # noqa: E731
    assert on(large)[:, :22].sum() > on(small)[:, :22].sum() + 100  # facing right: the tail is on the left
    assert np.abs(small[:, 24:] - large[:, 24:]).max() <= 1  # the body stays as it is

    def marks(img):  # the dark pattern on a red fish (hue 0)
        img = img.astype(int)
        return (img[..., 0] > 70) & (img[..., 0] < 170) & (img[..., 2] < 35)

    plain, striped, spotted = (marks(fish.render(0.0, 0.5, code, 0.0)) for code in range(3))
    assert not plain.any()
    assert ndimage.label(striped)[1] == 3  # three stripes across the body
    rows = striped[28:37, 24:41]
    assert (rows == rows[0]).all() and rows.any()  # facing right, the stripes run straight up and down
    assert ndimage.label(spotted)[1] >= 8


def _rows_cols(mask):
    return np.nonzero(mask.any(1))[0], np.nonzero(mask.any(0))[0]


def test_candle_height_lifts_the_wax_and_flame_size_and_lean_change_the_flame():
    from latentexplainer.data import candle

    def wax(img):  # a blue candle's wax (hue 0.6), even in the flame's warm glow: the only blue pixels
        img = img.astype(int)
        return img[..., 2] - img[..., 0] > 40

    def flame(img):  # the flame and its core: the only pixels with a bright red channel
        return img[..., 0].astype(int) > 200

    short, tall = candle.render(0.0, 0.5, 0.0, 0.6), candle.render(1.0, 0.5, 0.0, 0.6)
    assert _rows_cols(wax(tall))[0].min() < _rows_cols(wax(short))[0].min() - 16  # the wax reaches higher
    assert _rows_cols(wax(tall))[0].max() == _rows_cols(wax(short))[0].max()  # on the same table
    assert _rows_cols(flame(tall))[0].min() < _rows_cols(flame(short))[0].min() - 16  # the flame rides on top
    small, large = candle.render(0.5, 0.0, 0.0, 0.6), candle.render(0.5, 1.0, 0.0, 0.6)
    assert flame(large).sum() > 3 * flame(small).sum()
    assert np.array_equal(wax(small)[36:], wax(large)[36:])  # the wax keeps its shape (lit more warmly)
    left, upright, right = (candle.render(0.5, 0.5, a, 0.6) for a in (-0.7, 0.0, 0.7))
    xs = [_centroid_x(flame(img)[..., None]) for img in (left, upright, right)]
    assert xs[0] < 30 and abs(xs[1] - (candle.WICK_X - 0.5)) < 0.5 and xs[2] > 34  # pixel index = x - 0.5
    assert abs((xs[0] + xs[2]) / 2 - xs[1]) < 0.5  # as far to either side
    assert _rows_cols(flame(left))[0].min() > _rows_cols(flame(upright))[0].min() + 1  # leaning, it is lower
    red, blue = candle.render(0.5, 0.5, 0.0, 0.0).astype(int), candle.render(0.5, 0.5, 0.0, 0.6).astype(int)
    assert red[48, 36, 0] > red[48, 36, 2] + 80 and blue[48, 36, 2] > blue[48, 36, 0] + 80
    assert np.array_equal(red[:30], blue[:30])  # above the wax: the flame keeps its colours


def test_glass_fill_level_hue_width_and_shape_change_what_they_say():
    from latentexplainer.data import glass

    def drink(img):  # the drink: the only strongly coloured pixels above the table
        img = img.astype(int)
        return (img.max(-1) - img.min(-1) > 110) & (np.arange(64) < glass.TABLE_Y)[:, None]

    def width(img, row):  # how many pixels of the row differ from the wall
        return int((np.abs(img[row].astype(float) - 255 * np.array(glass.WALL)).max(-1) > 20).sum())

    empty, full = glass.render(0.0, 0.3, 0.5, 0), glass.render(1.0, 0.3, 0.5, 0)
    assert _rows_cols(drink(full))[0].min() < _rows_cols(drink(empty))[0].min() - 30
    assert drink(full).sum() > 8 * drink(empty).sum() > 0
    top = lambda img: np.nonzero([width(img, r) for r in range(64)])[0].min()  # noqa: E731
    assert top(empty) == top(full) == int(glass.TOP)  # the rim stays where it is
    red, blue = glass.render(0.5, 0.0, 0.5, 0).astype(int), glass.render(0.5, 0.6, 0.5, 0).astype(int)
    assert red[48, 32, 0] > red[48, 32, 2] + 80 and blue[48, 32, 2] > blue[48, 32, 0] + 80
    narrow, wide = glass.render(0.5, 0.3, 0.0, 0), glass.render(0.5, 0.3, 1.0, 0)
    for row in (16, 34, 50):
        assert width(wide, row) >= width(narrow, row) + 14
    straight, tapered, rounded = (glass.render(0.5, 0.3, 0.5, code) for code in range(3))
    low, mid, high = 53, 34, 15
    assert abs(width(straight, low) - width(straight, high)) <= 1
    assert width(tapered, low) <= width(tapered, high) - 8  # narrow at the bottom, wide at the rim
    assert width(rounded, mid) >= max(width(rounded, low), width(rounded, high)) + 8  # bulging in the middle
    assert top(straight) == top(tapered) == top(rounded)


def test_kite_position_altitude_tilt_tail_and_hue_change_what_they_say():
    from latentexplainer.data import kite

    def body(img):  # a green kite (hue 0.3): the only green pixels
        img = img.astype(int)
        return (img[..., 1] - img[..., 2] > 60) & (img[..., 1] - img[..., 0] > 60)

    def tail(img):  # the dark blue tail line and the red bows
        img = img.astype(int)
        line = (img.max(-1) < 90) & (img[..., 2] > img[..., 0])
        bows = (img[..., 0] > 180) & (img[..., 1] < 80)
        return line | bows

    left, right = kite.render(0.0, 0.5, 0.0, 0.5, 0.3), kite.render(1.0, 0.5, 0.0, 0.5, 0.3)
    assert _centroid_x(body(left)[..., None]) < 22 < 42 < _centroid_x(body(right)[..., None])
    low, high = kite.render(0.5, 0.0, 0.0, 0.5, 0.3), kite.render(0.5, 1.0, 0.0, 0.5, 0.3)
    row = lambda mask: np.argwhere(mask)[:, 0].mean()  # noqa: E731
    assert row(body(high)) < row(body(low)) - 12
    assert abs(_centroid_x(body(high)[..., None]) - _centroid_x(body(low)[..., None])) < 1
    lean_left, lean_right = kite.render(0.5, 0.5, -0.45, 1.0, 0.3), kite.render(0.5, 0.5, 0.45, 1.0, 0.3)

    def lean(mask):  # how far right of its bottom tip the kite's top tip is
        rows = _rows_cols(mask)[0]
        return np.nonzero(mask[rows.min()])[0].mean() - np.nonzero(mask[rows.max()])[0].mean()

    assert lean(body(lean_left)) < -5 and lean(body(lean_right)) > 5
    assert abs(lean(body(kite.render(0.5, 0.5, 0.0, 1.0, 0.3)))) < 1  # upright
    assert _centroid_x(tail(lean_left)[..., None]) > 36 > 28 > _centroid_x(tail(lean_right)[..., None])
    assert abs(body(lean_left).sum() - body(lean_right).sum()) < 12  # the kite only turns
    short, long = kite.render(0.5, 0.5, 0.0, 0.0, 0.3), kite.render(0.5, 0.5, 0.0, 1.0, 0.3)
    assert tail(long).sum() > tail(short).sum() + 50
    assert _rows_cols(tail(long))[0].max() > _rows_cols(tail(short))[0].max() + 16
    assert np.array_equal(body(short), body(long))
    red, blue = kite.render(0.5, 0.5, 0.0, 0.5, 0.0).astype(int), kite.render(0.5, 0.5, 0.0, 0.5, 0.62).astype(int)
    cy = int(26 - 16 * 0.5)
    assert red[cy - 2, 28, 0] > red[cy - 2, 28, 2] + 80 and blue[cy - 2, 28, 2] > blue[cy - 2, 28, 0] + 80


def test_moon_phase_is_cyclic_and_lights_the_right_side_then_the_left():
    from latentexplainer.data import moon

    assert moon.FACTORS[0].kind == "cyclic"
    full = moon.RANGES[0][1]
    assert np.abs(moon.render(0.0, 0.5, 0.5, 0.5).astype(int) - moon.render(full, 0.5, 0.5, 0.5)).max() <= 1

    def lit(img):  # the sunlit part of the moon: the only light pixels
        return img.min(-1) > 170

    new, first, whole, last = (lit(moon.render(p, 0.5, 0.5, 0.5)) for p in (0.0, full / 4, full / 2, 3 * full / 4))
    assert new.sum() <= 4 and whole.sum() > 200
    for half in (first, last):
        assert 0.4 < half.sum() / whole.sum() < 0.6
    assert _rows_cols(first)[1].min() >= moon.CX - 1 and _rows_cols(last)[1].max() <= moon.CX
    for p in (0.0, full / 4, full / 2):  # the dim unlit disc is there too: the moon's size never changes
        disc = np.abs(moon.render(p, 0.5, 0.5, 0.5).astype(float) - moon.render(p, 0.5, 0.5, 1.0)).max(-1) < 3
        assert abs(int(disc[:48].sum()) - int(whole.sum())) < 40
    small, large = lit(moon.render(full / 2, 0.0, 0.5, 0.5)), lit(moon.render(full / 2, 1.0, 0.5, 0.5))
    assert large.sum() > 3.5 * small.sum()
    low, high = lit(moon.render(full / 2, 0.5, 0.0, 0.5)), lit(moon.render(full / 2, 0.5, 1.0, 0.5))
    assert np.argwhere(high)[:, 0].mean() < np.argwhere(low)[:, 0].mean() - 18
    assert low.sum() == high.sum()  # wholly above the hills, however low
    dark, light = moon.render(full / 2, 0.5, 0.5, 0.0), moon.render(full / 2, 0.5, 0.5, 1.0)
    assert light[:8, :8].astype(float).mean() > dark[:8, :8].astype(float).mean() + 60
    yy, xx = np.mgrid[:64, :64] + 0.5
    inside = np.hypot(xx - moon.CX, yy - (37 - 22 * 0.5)) < (6 + 7 * 0.5) - 1
    assert inside.sum() > 150 and np.array_equal(dark[inside], light[inside])  # the moon stays as it is


def test_bookshelf_count_is_the_number_of_books_and_height_hue_and_wall_change_theirs():
    from latentexplainer.data import bookshelf

    assert bookshelf.FACTORS[0].categories == ("1", "2", "3", "4", "5", "6")

    def books(img):  # the books' covers: the only strongly coloured pixels above the shelf
        img = img.astype(int)
        return (img.max(-1) - img.min(-1) > 60) & (np.arange(64) < bookshelf.SHELF_Y)[:, None]

    for code in range(6):
        for height in (0.0, 1.0):
            row = books(bookshelf.render(code, height, 0.3, 0.5))[int(bookshelf.SHELF_Y) - 3]
            assert int(row[0]) + int((np.diff(row.astype(int)) == 1).sum()) == code + 1  # separate books
    short, tall = books(bookshelf.render(3, 0.0, 0.3, 0.5)), books(bookshelf.render(3, 1.0, 0.3, 0.5))
    assert _rows_cols(tall)[0].min() < _rows_cols(short)[0].min() - 22
    assert np.array_equal(_rows_cols(tall)[1], _rows_cols(short)[1])  # as wide a row as before
    red, blue = bookshelf.render(0, 0.5, 0.0, 0.5).astype(int), bookshelf.render(0, 0.5, 0.62, 0.5).astype(int)
    assert red[45, 32, 0] > red[45, 32, 2] + 80 and blue[45, 32, 2] > blue[45, 32, 0] + 80
    dark, light = bookshelf.render(2, 0.5, 0.3, 0.0), bookshelf.render(2, 0.5, 0.3, 1.0)
    assert light[:8].astype(float).mean() > dark[:8].astype(float).mean() + 120
    assert np.array_equal(dark[30:49, 29:35], light[30:49, 29:35])  # the books stay as they are


def test_umbrella_opening_stripes_hue_and_rain_change_what_they_say():
    from latentexplainer.data import umbrella

    def canopy(img):  # above the handle, not the sky's grey nor the dark shaft (with no rain)
        img = img.astype(int)
        other = (np.abs(img - 255 * np.array(umbrella.SKY)).max(-1) > 40) & (img.max(-1) > 80)
        return other & (np.arange(64) < umbrella.SHAFT_END)[:, None]

    furled, wide = canopy(umbrella.render(0.0, 0.5, 0.3, 0.0)), canopy(umbrella.render(1.0, 0.5, 0.3, 0.0))
    assert wide.sum(1).max() >= furled.sum(1).max() + 30  # much wider
    assert _rows_cols(furled)[0].max() >= _rows_cols(wide)[0].max() + 10  # and hanging lower when furled
    assert _rows_cols(furled)[0].min() == _rows_cols(wide)[0].min()  # from the same top

    def stripes(img):  # coloured runs across the canopy just above its edge
        img = img.astype(int)
        row = (img.max(-1) - img.min(-1) > 90)[int(umbrella.TOP + 10) - 4]
        return int(row[0]) + int((np.diff(row.astype(int)) == 1).sum())

    few, many = stripes(umbrella.render(1.0, 0.0, 0.3, 0.0)), stripes(umbrella.render(1.0, 1.0, 0.3, 0.0))
    assert few <= 3 and many >= 6
    red, blue = umbrella.render(0.5, 0.5, 0.0, 0.0).astype(int), umbrella.render(0.5, 0.5, 0.62, 0.0).astype(int)
    assert red[16, 32, 0] > red[16, 32, 2] + 80 and blue[16, 32, 2] > blue[16, 32, 0] + 80  # the middle stripe

    def streaks(img):  # the pale blue rain streaks, in the sky to either side of the umbrella
        img = img.astype(int)[:, np.r_[0:14, 50:64]]
        return (img.min(-1) > 150) & (img[..., 2] > img[..., 0] + 10)

    dry, drizzle, pour = (umbrella.render(0.5, 0.5, 0.3, r) for r in (0.0, 0.5, 1.0))
    assert streaks(dry).sum() == 0 < streaks(drizzle).sum() < streaks(pour).sum() - 40
    assert np.array_equal(dry[14:24, 26:38], pour[14:24, 26:38])  # the canopy hides the rain behind it



def _red_and_blue(red, blue, row, col):
    """The pixel is clearly red in ``red`` (hue 0) and clearly blue in ``blue`` (hue 0.62)."""
    r, b = red[row, col].astype(int), blue[row, col].astype(int)
    return r[0] > r[2] + 80 and b[2] > b[0] + 80


def test_traffic_lamp_pole_housing_and_sky_change_what_they_say():
    from latentexplainer.data import traffic

    assert traffic.FACTORS[0].categories == ("red", "amber", "green")

    def lit(img):  # the lit lamp: bright and strongly coloured
        img = img.astype(int)
        return (img.max(-1) > 200) & (img.max(-1) - img.min(-1) > 150)

    rows, colours = [], []
    for code in range(3):
        img = traffic.render(code, 0.5, 0.62, 0.5)
        mask = lit(img)
        rows.append(np.argwhere(mask)[:, 0].mean())
        colours.append(img[mask].astype(float).mean(0))
    assert rows[0] < rows[1] - 7 and rows[1] < rows[2] - 7  # top, middle, bottom
    (r0, g0, _), (r1, g1, b1), (r2, g2, _) = colours
    assert r0 > g0 + 120 and r1 > g1 + 40 > b1 + 40 and g2 > r2 + 120  # red, amber, green

    def box(img):  # not the sky, above the pavement
        other = np.abs(img.astype(float) - img[2, 2].astype(float)).max(-1) > 30
        return other & (np.arange(64) < traffic.GROUND - 1)[:, None]

    short, tall = traffic.render(0, 0.0, 0.62, 0.5), traffic.render(0, 1.0, 0.62, 0.5)
    assert _rows_cols(box(tall))[0].min() < _rows_cols(box(short))[0].min() - 16  # the box rises
    assert _rows_cols(box(tall))[0].max() == _rows_cols(box(short))[0].max()  # on a pole down to the pavement
    assert (short.astype(int)[:, 32] - tall.astype(int)[:, 32]).any()
    red, blue = traffic.render(0, 0.5, 0.0, 0.5), traffic.render(0, 0.5, 0.62, 0.5)
    assert _red_and_blue(red, blue, 38, 39)  # the box beside the (dark) green lamp
    for row in (18, 27, 37):  # the lamps keep their colours
        assert np.array_equal(red[row:row + 4, 30:34], blue[row:row + 4, 30:34])
    dark, light = traffic.render(0, 0.5, 0.3, 0.0), traffic.render(0, 0.5, 0.3, 1.0)
    assert light[:8, :8].astype(float).mean() > dark[:8, :8].astype(float).mean() + 120
    inside = (slice(17, 42), slice(25, 39))
    assert np.array_equal(dark[inside], light[inside])  # the light stays as it is


def test_sailboat_position_sails_waves_and_sun_change_what_they_say():
    from latentexplainer.data import sailboat

    def hull(img):  # the brown hull: red above blue, darker than the sun
        img = img.astype(int)
        return (img[..., 0] - img[..., 2] > 40) & (img[..., 0] < 130)

    def sails(img):  # green sails (hue 0.3): the only green pixels
        img = img.astype(int)
        return (img[..., 1] - img[..., 2] > 60) & (img[..., 1] - img[..., 0] > 40)

    left, right = sailboat.render(0.0, 0.5, 0.3, 0.5, 0.5), sailboat.render(1.0, 0.5, 0.3, 0.5, 0.5)
    assert abs(_centroid_x(hull(left)[..., None]) - 19.5) < 0.5 and abs(_centroid_x(hull(right)[..., None]) - 43.5) < 0.5
    assert _centroid_x(sails(left)[..., None]) < 24 < 40 < _centroid_x(sails(right)[..., None])
    small, large = sailboat.render(0.5, 0.0, 0.3, 0.5, 0.5), sailboat.render(0.5, 1.0, 0.3, 0.5, 0.5)
    assert sails(large).sum() > 3 * sails(small).sum()
    assert _rows_cols(sails(large))[0].min() < _rows_cols(sails(small))[0].min() - 12
    assert np.array_equal(hull(small), hull(large))  # the hull stays as it is
    red, blue = sailboat.render(0.5, 0.5, 0.0, 0.5, 0.5), sailboat.render(0.5, 0.5, 0.62, 0.5, 0.5)
    assert _red_and_blue(red, blue, 35, 35)  # the mainsail

    def row_spread(img):  # across each row of open sea, away from the boat: how much it varies
        sea = img.astype(int)[48:, np.r_[0:18, 46:64]]
        return (sea.max(1) - sea.min(1)).max(-1)

    calm, rough = sailboat.render(0.5, 0.5, 0.3, 0.0, 0.5), sailboat.render(0.5, 0.5, 0.3, 1.0, 0.5)
    assert row_spread(calm).max() <= 1  # straight crests
    assert (row_spread(rough) > 60).sum() >= 10  # curling waves
    assert np.array_equal(calm[:int(sailboat.HORIZON)], rough[:int(sailboat.HORIZON)])  # the sky and boat above
    assert np.array_equal(hull(calm), hull(rough))

    def sun(img):  # the pale yellow disc
        img = img.astype(int)
        return (img[..., 0] > 240) & (img[..., 1] > 220) & (img[..., 2] < 190)

    low, high = sun(sailboat.render(0.5, 0.5, 0.3, 0.5, 0.0)), sun(sailboat.render(0.5, 0.5, 0.3, 0.5, 1.0))
    assert np.argwhere(high)[:, 0].mean() < np.argwhere(low)[:, 0].mean() - 18
    assert _rows_cols(low)[0].max() < sailboat.HORIZON and abs(int(low.sum()) - int(high.sum())) <= 10
    assert abs(_centroid_x(low[..., None]) - _centroid_x(high[..., None])) < 0.5  # straight up


def test_flower_stem_bloom_petals_and_hue_change_what_they_say():
    from scipy import ndimage

    from latentexplainer.data import flower

    assert flower.FACTORS[2].categories == ("3", "4", "5", "6")

    def petals(img):  # blue petals (hue 0.62), their darker edges included: the only blue pixels
        img = img.astype(int)
        return img[..., 2] - img[..., 0] > 80

    short, tall = flower.render(0.0, 0.5, 0, 0.62), flower.render(1.0, 0.5, 0, 0.62)
    row = lambda mask: np.argwhere(mask)[:, 0].mean()  # noqa: E731
    assert row(petals(tall)) < row(petals(short)) - 14  # the bloom rises
    assert petals(tall).sum() == petals(short).sum()  # as it is
    assert np.array_equal(short[54:], tall[54:])  # from the same pot
    small, large = petals(flower.render(0.5, 0.0, 3, 0.62)), petals(flower.render(0.5, 1.0, 3, 0.62))
    assert large.sum() > 2 * small.sum()
    assert len(_rows_cols(large)[1]) >= len(_rows_cols(small)[1]) + 8

    def count(img, length, size):  # separate petal tips, more than 0.8 R from the bloom's centre
        r, cy = 10 + 6 * size, flower.RIM_TOP - (12 + 16 * length)
        yy, xx = np.mgrid[:64, :64] + 0.5
        return ndimage.label(petals(img) & (np.hypot(xx - flower.CX, yy - cy) > 0.8 * r))[1]

    for code in range(4):
        for length, size in ((0.0, 0.0), (1.0, 1.0), (0.5, 0.5)):
            assert count(flower.render(length, size, code, 0.62), length, size) == code + 3
    red, blue = flower.render(0.5, 0.5, 0, 0.0), flower.render(0.5, 0.5, 0, 0.62)
    assert _red_and_blue(red, blue, 21, 32)  # the petal pointing up
    assert np.array_equal(red[45:], blue[45:])  # the pot, the stem and the leaf keep their colours


def test_snowman_body_head_hat_and_clothes_change_what_they_say():
    from latentexplainer.data import snowman

    def snow(img):  # the snowballs and the bobble: near white, above the ground
        return (img.astype(int).min(-1) > 170) & (np.arange(64) < snowman.GROUND - 1)[:, None]

    small, large = snow(snowman.render(0.0, 0.5, 0.0, 0.3)), snow(snowman.render(1.0, 0.5, 0.0, 0.3))
    assert large.sum(1).max() >= small.sum(1).max() + 8  # a wider body
    assert _rows_cols(large)[0].max() == _rows_cols(small)[0].max()  # on the same ground
    assert _rows_cols(large)[0].min() < _rows_cols(small)[0].min() - 8  # lifting the head and hat

    def head_width(img):  # the white rows above the scarf
        return snow(img)[:34].sum(1).max()

    little, big = snowman.render(0.5, 0.0, 0.0, 0.3), snowman.render(0.5, 1.0, 0.0, 0.3)
    assert head_width(big) >= head_width(little) + 4
    assert np.array_equal(little[52:], big[52:])  # the body stays as it is

    def bobble_x(img):  # the white bobble on the hat's tip, the only white above the head
        return _centroid_x(snow(img)[:22, :, None])

    lean_left, upright, lean_right = (snowman.render(0.5, 0.5, t, 0.3) for t in (-0.7, 0.0, 0.7))
    xs = [bobble_x(img) for img in (lean_left, upright, lean_right)]
    assert xs[0] < 25 and abs(xs[1] - 31.5) < 0.5 and xs[2] > 38
    assert abs((xs[0] + xs[2]) / 2 - xs[1]) < 0.5  # as far to either side
    assert np.array_equal(lean_left[36:], lean_right[36:])  # only the hat turns
    red, blue = snowman.render(0.5, 0.5, 0.0, 0.0), snowman.render(0.5, 0.5, 0.0, 0.62)
    assert _red_and_blue(red, blue, 38, 27)  # the scarf
    assert _red_and_blue(red, blue, 23, 32)  # and the hat
    assert np.array_equal(red[52:], blue[52:])  # the snowman stays white


def test_butterfly_position_wings_and_backdrop_change_what_they_say():
    from latentexplainer.data import butterfly

    def wings(img):  # red wings (hue 0) on a blue backdrop (hue 0.62)
        img = img.astype(int)
        return img[..., 0] - img[..., 2] > 80

    left, right = wings(butterfly.render(0.0, 0.5, 0.5, 0.0, 0.62)), wings(butterfly.render(1.0, 0.5, 0.5, 0.0, 0.62))
    assert abs(_centroid_x(left[..., None]) - 19.5) < 0.5 and abs(_centroid_x(right[..., None]) - 43.5) < 0.5
    assert np.array_equal(_rows_cols(left)[0], _rows_cols(right)[0])
    high, low = wings(butterfly.render(0.5, 0.0, 0.5, 0.0, 0.62)), wings(butterfly.render(0.5, 1.0, 0.5, 0.0, 0.62))
    row = lambda mask: np.argwhere(mask)[:, 0].mean()  # noqa: E731
    assert row(low) > row(high) + 24
    assert np.array_equal(_rows_cols(low)[1], _rows_cols(high)[1])
    closed, spread = wings(butterfly.render(0.5, 0.5, 0.0, 0.0, 0.62)), wings(butterfly.render(0.5, 0.5, 1.0, 0.0, 0.62))
    assert len(_rows_cols(closed)[1]) <= 10 and len(_rows_cols(spread)[1]) >= 30
    assert abs(len(_rows_cols(closed)[0]) - len(_rows_cols(spread)[0])) <= 2  # as tall as before
    red, blue = butterfly.render(0.5, 0.5, 0.5, 0.0, 0.3), butterfly.render(0.5, 0.5, 0.5, 0.62, 0.3)
    assert _red_and_blue(red, blue, 27, 39)  # the right forewing
    assert np.array_equal(red[:, :8], blue[:, :8])  # the backdrop stays
    red, blue = butterfly.render(0.5, 0.5, 0.5, 0.3, 0.0), butterfly.render(0.5, 0.5, 0.5, 0.3, 0.62)
    assert red[2, 2, 0] > red[2, 2, 2] + 50 and blue[2, 2, 2] > blue[2, 2, 0] + 50
    for img in (red, blue):  # pale at the top, deeper towards the bottom
        assert img[:4].astype(float).mean() > img[-4:].astype(float).mean() + 40
    assert np.array_equal(red[25:30, 37:42], blue[25:30, 37:42])  # the wings stay


def test_windmill_sails_turn_grow_and_the_tower_rises_and_changes_hue():
    from latentexplainer.data import windmill

    assert windmill.FACTORS[0].kind == "cyclic"
    quarter = windmill.RANGES[0][1]
    assert np.abs(windmill.render(0.0, 0.5, 0.5, 0.3).astype(int) - windmill.render(quarter, 0.5, 0.5, 0.3)).max() <= 1

    def stock(img, row, col):  # a dark wooden stock there (the darkest pixel around the point)
        return img[int(row) - 1:int(row) + 2, int(col) - 1:int(col) + 2].astype(int).max(-1).min() < 100

    hy, length = 39 - 16 * 0.5, 10 + 10 * 0.5
    level, turned = windmill.render(0.0, 0.5, 0.5, 0.3), windmill.render(quarter / 2, 0.5, 0.5, 0.3)
    for k in range(4):  # level: right, down, left and up; turned an eighth: the diagonals, clockwise
        c, s = np.cos(k * np.pi / 2), np.sin(k * np.pi / 2)
        assert stock(level, hy + 0.8 * length * s, windmill.CX + 0.8 * length * c)
        if k != 1:  # (below the hub, the tower's dark window is near)
            assert not stock(turned, hy + 0.8 * length * s, windmill.CX + 0.8 * length * c)
        c, s = np.cos(k * np.pi / 2 + np.pi / 4), np.sin(k * np.pi / 2 + np.pi / 4)
        assert stock(turned, hy + 0.8 * length * s, windmill.CX + 0.8 * length * c)
    nudged = windmill.render(0.3, 0.5, 0.5, 0.3)  # clockwise: the right-hand sail dips
    assert stock(nudged, hy + 0.8 * length * np.sin(0.3), windmill.CX + 0.8 * length * np.cos(0.3))

    def windmill_mask(img):  # not the sky, above the grass
        other = np.abs(img.astype(float) - img[:, 2:3].astype(float)).max(-1) > 30
        return other & (np.arange(64) < windmill.GROUND - 1)[:, None]

    short, long = windmill.render(0.0, 0.0, 0.5, 0.3), windmill.render(0.0, 1.0, 0.5, 0.3)
    assert _rows_cols(windmill_mask(long))[0].min() < _rows_cols(windmill_mask(short))[0].min() - 8
    assert len(_rows_cols(windmill_mask(long))[1]) >= len(_rows_cols(windmill_mask(short))[1]) + 16
    assert np.array_equal(short[52:], long[52:])  # the tower's foot stays as it is

    def tower(img):  # a red tower (hue 0): the only red pixels
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 80) & (img[..., 0] - img[..., 2] > 80)

    low, high = tower(windmill.render(quarter / 2, 0.5, 0.0, 0.0)), tower(windmill.render(quarter / 2, 0.5, 1.0, 0.0))
    assert _rows_cols(high)[0].min() < _rows_cols(low)[0].min() - 12  # a taller tower
    assert _rows_cols(high)[0].max() == _rows_cols(low)[0].max()  # standing on the same grass
    red, blue = windmill.render(0.0, 0.5, 0.5, 0.0), windmill.render(0.0, 0.5, 0.5, 0.62)
    assert _red_and_blue(red, blue, 53, 37)  # the tower beside the door
    assert np.array_equal(red[:, :20], blue[:, :20])  # the sails and the sky stay


def test_lighthouse_beam_tower_bands_and_sky_change_what_they_say():
    from scipy import ndimage

    from latentexplainer.data import lighthouse

    assert lighthouse.FACTORS[2].categories == ("1", "2", "3", "4")

    def beam_x(img):  # the pale yellow beam: yellower than the sky, to the sides of or above the lighthouse
        img = img.astype(int)
        yy, xx = np.mgrid[:64, :64] + 0.5
        away = (np.abs(xx - lighthouse.CX) > 9) | (yy < 15)  # (at tower_height 0.5 the roof's tip is at y = 17)
        return _centroid_x(((img[..., 0] - img[..., 2] > 20) & away)[..., None])

    left, up, right = (lighthouse.render(a, 0.5, 0, 0.5) for a in (-1.4, 0.0, 1.4))
    xs = [beam_x(img) for img in (left, up, right)]
    assert xs[0] < 20 and abs(xs[1] - 31.5) < 0.5 and xs[2] > 43
    assert abs((xs[0] + xs[2]) / 2 - xs[1]) < 0.5  # as far to either side
    assert np.array_equal(left[30:], right[30:])  # the tower stays as it is

    def white(img):  # the tower's white paint
        img = img.astype(int)
        return (img.min(-1) > 190) & (img.max(-1) - img.min(-1) < 40)

    short, tall = white(lighthouse.render(0.0, 0.0, 0, 0.5)), white(lighthouse.render(0.0, 1.0, 0, 0.5))
    assert _rows_cols(tall)[0].min() < _rows_cols(short)[0].min() - 14  # a taller tower
    assert _rows_cols(tall)[0].max() == _rows_cols(short)[0].max()  # on the same islet

    def bands(img):  # the red bands: bright red, not the darker red roof (even in the lamp's glow)
        img = img.astype(int)
        return (img[..., 0] > 170) & (img[..., 1] < 70) & (img[..., 2] < 70)

    for code in range(4):
        for height in (0.0, 0.5, 1.0):
            assert ndimage.label(bands(lighthouse.render(0.0, height, code, 0.5)))[1] == code + 1
    dark, light = lighthouse.render(0.0, 0.5, 0, 0.0), lighthouse.render(0.0, 0.5, 0, 1.0)
    assert light[:8, :8].astype(float).mean() > dark[:8, :8].astype(float).mean() + 60
    assert light[:8, :8].astype(int)[..., 2].min() > light[:8, :8].astype(int)[..., 0].max()  # a blue sky
    assert np.array_equal(dark[30:50, 28:36], light[30:50, 28:36])  # the tower stays
    assert np.array_equal(dark[54:], light[54:])  # and so does the sea


def test_car_position_wheels_roof_and_paint_change_what_they_say():
    from latentexplainer.data import car

    def paint(img):  # green paint (hue 0.3): the only green pixels
        img = img.astype(int)
        return (img[..., 1] - img[..., 0] > 60) & (img[..., 1] - img[..., 2] > 60)

    left, right = car.render(0.0, 0.5, 0.5, 0.3), car.render(1.0, 0.5, 0.5, 0.3)
    assert _centroid_x(paint(left)[..., None]) < 24 < 40 < _centroid_x(paint(right)[..., None])
    road = int(car.ROAD_Y)
    assert np.array_equal(np.roll(left[:road], 20, axis=1), right[:road])  # the whole car, 20 px along
    assert np.array_equal(left[road:], right[road:])  # on the same road

    def tyres(img):  # the black tyres: the only near-black pixels
        return img.astype(int).max(-1) < 45

    small, large = car.render(0.5, 0.0, 0.5, 0.3), car.render(0.5, 1.0, 0.5, 0.3)
    assert tyres(large).sum() > 3 * tyres(small).sum()
    assert _rows_cols(tyres(large))[0].max() == _rows_cols(tyres(small))[0].max() == road - 1  # on the road
    assert _rows_cols(paint(large))[0].min() == _rows_cols(paint(small))[0].min() - 4  # lifting the body

    def window(img):  # the dark blue-grey side windows
        img = img.astype(int)
        return (img.max(-1) < 110) & (img.max(-1) > 60) & (img[..., 2] > img[..., 0] + 25)

    low, tall = car.render(0.5, 0.5, 0.0, 0.3), car.render(0.5, 0.5, 1.0, 0.3)
    top = lambda img: _rows_cols(paint(img) | window(img))[0].min()  # noqa: E731
    assert top(tall) < top(low) - 9
    assert window(tall).sum() > window(low).sum() + 60
    deck = int(car.ROAD_Y - 6 + car.AXLE_DROP - car.BODY_H)  # the body's top, at wheel_size 0.5
    assert np.array_equal(low[deck:], tall[deck:])  # the body and the wheels stay as they are
    red, blue = car.render(0.5, 0.5, 0.5, 0.0), car.render(0.5, 0.5, 0.5, 0.62)
    assert _red_and_blue(red, blue, deck + 4, 32)  # the body
    assert np.array_equal(window(red), window(blue))
    assert np.array_equal(red[deck + 8:], blue[deck + 8:])  # the wheels below the body, and the road
    assert np.array_equal(red[:20], blue[:20])  # the sky


def test_rocket_altitude_tilt_exhaust_and_paint_change_what_they_say():
    from latentexplainer.data import rocket

    def paint(img):  # green paint (hue 0.3): the only green pixels
        img = img.astype(int)
        return (img[..., 1] - img[..., 0] > 60) & (img[..., 1] - img[..., 2] > 60)

    def flame(img):  # the orange and yellow exhaust (the stars are white)
        img = img.astype(int)
        return (img[..., 0] > 180) & (img[..., 0] - img[..., 2] > 100)

    row = lambda mask: np.argwhere(mask)[:, 0].mean()  # noqa: E731
    low, high = rocket.render(0.0, 0.0, 0.5, 0.3), rocket.render(1.0, 0.0, 0.5, 0.3)
    assert row(paint(high)) < row(paint(low)) - 12 and row(flame(high)) < row(flame(low)) - 12
    assert abs(_centroid_x(paint(low)[..., None]) - 31.5) < 0.5 and abs(_centroid_x(paint(high)[..., None]) - 31.5) < 0.5
    assert abs(int(paint(high).sum()) - int(paint(low).sum())) <= 6  # the same rocket
    lean_left, upright, lean_right = (rocket.render(0.5, t, 0.5, 0.3) for t in (-0.6, 0.0, 0.6))
    nose = lambda img: _centroid_x(paint(img)[:22, :, None])  # noqa: E731  # the nose end of the rocket
    xs = [nose(img) for img in (lean_left, upright, lean_right)]
    assert xs[0] < 29.5 and abs(xs[1] - 31.5) < 0.5 and xs[2] > 33.5
    assert abs((xs[0] + xs[2]) / 2 - xs[1]) < 0.5  # as far to either side
    assert _centroid_x(flame(lean_left)[..., None]) > 36 > 27 > _centroid_x(flame(lean_right)[..., None])  # behind it
    short, long = rocket.render(0.5, 0.0, 0.0, 0.3), rocket.render(0.5, 0.0, 1.0, 0.3)
    assert flame(long).sum() > 2.5 * flame(short).sum() > 0
    assert _rows_cols(flame(long))[0].max() > _rows_cols(flame(short))[0].max() + 12  # reaching further down
    assert _rows_cols(flame(long))[0].min() == _rows_cols(flame(short))[0].min()  # from the same tail
    assert np.array_equal(short[:32], long[:32])  # the rocket above its tail stays as it is
    red, blue = rocket.render(0.5, 0.0, 0.5, 0.0), rocket.render(0.5, 0.0, 0.5, 0.62)
    assert _red_and_blue(red, blue, 31, 32)  # the body
    assert _red_and_blue(red, blue, 17, 32)  # the nose cone
    assert np.array_equal(red[38:], blue[38:])  # the flame below the rocket stays
    assert np.array_equal(red[:, :12], blue[:, :12])  # and so do the stars


def test_dice_turn_size_spacing_and_felt_change_what_they_say():
    from scipy import ndimage

    from latentexplainer.data import dice

    def face(img):  # the ivory faces of the dice
        return img.astype(int).min(-1) > 190

    def pips(img, cols):  # the number of separate dark pips in those columns
        return ndimage.label((img.astype(int).max(-1) < 60)[:, cols])[1]

    def spans(img):  # per row of the left die: from its leftmost to its rightmost ivory pixel
        left = face(img)[:, :32]
        cols = np.arange(32)
        return np.where(left.any(1), np.where(left, cols, -1).max(1) - np.where(left, cols, 99).min(1) + 1, 0)

    square, diamond = spans(dice.render(0.0, 0.5, 0.5, 0.3)), spans(dice.render(np.pi / 4, 0.5, 0.5, 0.3))
    assert (square == square.max()).sum() >= 12 and (diamond == diamond.max()).sum() <= 3  # flat sides, or corners
    assert diamond.max() >= square.max() + 3  # wider across the diagonal
    square, diamond = dice.render(0.0, 0.5, 0.5, 0.3), dice.render(np.pi / 4, 0.5, 0.5, 0.3)
    assert len(_rows_cols(face(diamond)[:, :32])[0]) >= len(_rows_cols(face(square)[:, :32])[0]) + 4  # taller
    assert pips(square, slice(0, 32)) == pips(diamond, slice(0, 32)) == 5
    assert np.array_equal(square[:, 36:], diamond[:, 36:])  # the right die stays as it is
    small, large = dice.render(0.3, 0.0, 0.5, 0.3), dice.render(0.3, 1.0, 0.5, 0.3)
    assert face(large)[:, 32:].sum() > 2.5 * face(small)[:, 32:].sum()
    assert pips(small, slice(32, 64)) == pips(large, slice(32, 64)) == 3
    assert np.array_equal(small[:, :30], large[:, :30])  # the left die stays as it is
    close, far = dice.render(0.3, 0.5, 0.0, 0.3), dice.render(0.3, 0.5, 1.0, 0.3)
    for img, half in ((close, 13), (far, 19)):
        left, right = face(img).copy(), face(img).copy()
        left[:, 32:], right[:, :32] = False, False
        assert abs(_centroid_x(left[..., None]) - (31.5 - half)) < 0.3
        assert abs(_centroid_x(right[..., None]) - (31.5 + half)) < 0.3
    red, blue = dice.render(0.3, 0.5, 0.5, 0.0), dice.render(0.3, 0.5, 0.5, 0.62)
    assert _red_and_blue(red, blue, 31, 31)  # the felt between the dice
    assert np.array_equal(red[28:36, 12:20], blue[28:36, 12:20])  # the dice stay as they are
    assert np.array_equal(red[28:36, 44:52], blue[28:36, 44:52])


def test_bottle_width_neck_label_and_glass_change_what_they_say():
    from latentexplainer.data import bottle

    def glass(img):  # green glass (hue 0.3): the only green pixels
        img = img.astype(int)
        return (img[..., 1] - img[..., 0] > 40) & (img[..., 1] - img[..., 2] > 40)

    narrow, wide = glass(bottle.render(0.0, 0.5, 0.5, 0.3)), glass(bottle.render(1.0, 0.5, 0.5, 0.3))
    assert wide[53].sum() >= narrow[53].sum() + 9  # the body, below the label
    assert wide[20].sum() == narrow[20].sum() > 0  # the neck keeps its width

    def bottle_top(img):  # the highest row that is not the wall
        return _rows_cols(np.abs(img.astype(int) - 255 * np.array(bottle.WALL)).max(-1) > 30)[0].min()

    short, long = bottle.render(0.5, 0.0, 0.5, 0.3), bottle.render(0.5, 1.0, 0.5, 0.3)
    assert bottle_top(long) < bottle_top(short) - 14
    assert np.array_equal(short[27:], long[27:])  # the body and the label stay as they are

    def stripe(img):  # the label's dark red stripe: the only red pixels on green glass
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 80) & (img[..., 0] < 200)

    low, high = bottle.render(0.5, 0.5, 0.0, 0.3), bottle.render(0.5, 0.5, 1.0, 0.3)
    row = lambda mask: np.argwhere(mask)[:, 0].mean()  # noqa: E731
    assert abs(row(stripe(low)) - 49.5) < 0.5 and abs(row(stripe(high)) - 37.5) < 0.5
    assert len(_rows_cols(stripe(low))[1]) >= glass(high)[53].sum() - 2  # across the whole body
    assert glass(high)[51:55].sum() > glass(low)[51:55].sum() + 40  # the glass shows where the label was
    assert np.array_equal(low[:30], high[:30])  # the neck and the cap stay
    red, blue = bottle.render(0.5, 0.5, 0.5, 0.0), bottle.render(0.5, 0.5, 0.5, 0.62)
    assert _red_and_blue(red, blue, 53, 34)  # the body below the label
    assert _red_and_blue(red, blue, 20, 32)  # the neck
    assert np.array_equal(red[40:48, 26:38], blue[40:48, 26:38])  # the label keeps its colours
    assert np.array_equal(red[:, :16], blue[:, :16])  # and the wall and shelf theirs


def test_chess_piece_position_brightness_and_tiles_change_what_they_say():
    from latentexplainer.data import chess

    assert chess.FACTORS[0].categories == ("pawn", "rook", "king")

    def piece(img):  # the grey piece and its outline: the only neutral grey pixels above the table
        img = img.astype(int)
        return (img.max(-1) - img.min(-1) <= 8) & (np.arange(64) < chess.TABLE_Y)[:, None]

    def runs(row):  # separate stretches of True along a row
        return int(row[0]) + int((np.diff(row.astype(int)) == 1).sum())

    pawn, rook, king = (piece(chess.render(code, 0.5, 0.5, 0.5)) for code in range(3))
    tops = [_rows_cols(mask)[0].min() for mask in (pawn, rook, king)]
    assert abs(tops[0] - tops[1]) <= 2 and tops[2] < tops[0] - 10  # the king is the tallest
    assert runs(rook[tops[1] + 1]) == 3  # battlements
    assert runs(pawn[tops[0] + 1]) == 1 and pawn[tops[0]].sum() < pawn[tops[0] + 2].sum() - 2  # a ball
    king_rows = king[tops[2]:tops[2] + 5].sum(1)  # a cross: its upright, its arms, its upright
    assert king_rows[0] <= 3 and king_rows[2] >= king_rows[0] + 3 and king_rows[4] <= 3
    assert rook[tops[1] + 3].sum() >= 14 > pawn[tops[0]:tops[0] + 8].sum(1).max() + 2  # square-shouldered

    left, right = piece(chess.render(0, 0.0, 0.5, 0.5)), piece(chess.render(0, 1.0, 0.5, 0.5))
    assert abs(_centroid_x(left[..., None]) - 17.5) < 0.6 and abs(_centroid_x(right[..., None]) - 45.5) < 0.6
    assert np.array_equal(_rows_cols(left)[0], _rows_cols(right)[0])  # at the same height
    dark, light = chess.render(0, 0.5, 0.0, 0.5), chess.render(0, 0.5, 1.0, 0.5)
    stem = (slice(38, 46), slice(30, 34))
    assert dark[stem].astype(int).max() < 40 and light[stem].astype(int).min() > 220
    assert np.array_equal(piece(dark), piece(light))  # the same shape
    assert np.array_equal(dark[:, :12], light[:, :12])  # the tiles stay as they are

    def edges(img):  # tile edges along the top row: where it changes between cream and sage
        cream = img[0].astype(int)[:, 2] > 160
        return int((np.diff(cream.astype(int)) != 0).sum())

    small, large = chess.render(0, 0.5, 0.5, 0.0), chess.render(0, 0.5, 0.5, 1.0)
    assert edges(small) == 15 and edges(large) == 5
    assert np.array_equal(small[stem], large[stem])  # the piece stays as it is


def _green(img, margin=60):
    """Pixels clearly green (a hue of 0.3): greener than red and blue by ``margin``."""
    img = img.astype(int)
    return (img[..., 1] - img[..., 0] > margin) & (img[..., 1] - img[..., 2] > margin)


def test_lamp_arm_shade_paint_and_light_change_what_they_say():
    from latentexplainer.data import lamp

    def shade(img):  # the green paint right of the elbow: the upper arm's end and the shade
        mask = _green(img)
        mask[:, :30] = False
        return mask

    low, mid, high = (lamp.render(a, 0.5, 0.3, 0.5) for a in (-0.5, 0.05, 0.6))
    rims = [_rows_cols(shade(img))[0].max() for img in (low, mid, high)]  # the shade's rim
    assert rims[0] > rims[1] + 8 and rims[1] > rims[2] + 8  # raising the arm lifts the shade
    assert np.array_equal(low[:, :14], high[:, :14])  # the base and the lower arm stay

    def shade_width(img):  # the widest row of paint below the upper arm, right of the elbow
        mask = _green(img)
        mask[:26], mask[:, :28] = False, False
        return mask.sum(1).max()

    small, large = lamp.render(0.05, 0.0, 0.3, 0.5), lamp.render(0.05, 1.0, 0.3, 0.5)
    assert shade_width(large) >= shade_width(small) + 8
    assert _green(large).sum() > _green(small).sum() + 80
    assert np.array_equal(small[:, :14], large[:, :14])
    off, on = lamp.render(0.05, 0.5, 0.3, 0.0), lamp.render(0.05, 0.5, 0.3, 1.0)
    for row in (40, 48, 56):  # the cone of light under the shade, and its patch on the desk
        assert on[row, 42].astype(int)[0] > off[row, 42].astype(int)[0] + 60
    assert on[row, 42].astype(int)[0] > on[row, 42].astype(int)[2] + 40  # a warm yellow light
    assert np.array_equal(off[:, :20], on[:, :20])  # the lamp's left part and the wall beside it
    assert np.array_equal(off[:16], on[:16])  # and everything well above the shade stay
    red, blue = lamp.render(0.05, 0.5, 0.0, 0.5), lamp.render(0.05, 0.5, 0.62, 0.5)
    assert _red_and_blue(red, blue, 52, 14)  # the base
    assert _red_and_blue(red, blue, 28, 42)  # the shade
    assert np.array_equal(red[:20], blue[:20]) and np.array_equal(red[56:, 30:], blue[56:, 30:])  # wall, desk


def test_tree_crown_trunk_and_leaves_change_what_they_say():
    from latentexplainer.data import tree

    assert tree.FACTORS[0].categories == ("round", "pointed", "columnar")

    def trunk(img):  # the brown trunk: redder than green and blue (the grass and its shadow are not)
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 25) & (img[..., 0] - img[..., 2] > 50)

    round_, pointed, columnar = (_green(tree.render(code, 0.5, 0.5, 0.3)) for code in range(3))
    widths = [mask.sum(1) for mask in (round_, pointed, columnar)]
    tops = [_rows_cols(mask)[0].min() for mask in (round_, pointed, columnar)]
    assert widths[0].max() >= 24 and widths[1].max() <= 20 and widths[2].max() <= 12  # wide, less, narrow
    assert widths[0][tops[0] + 4] >= 12 and widths[1][tops[1] + 1] <= 3  # a round top, a pointed one
    assert np.argmax(widths[1]) >= _rows_cols(pointed)[0].max() - 3  # the fir is widest at its foot
    assert len(_rows_cols(columnar)[0]) >= 2 * widths[2].max()  # the poplar is tall and narrow
    assert tops[2] < tops[1] < tops[0]
    short, tall = tree.render(0, 0.0, 0.5, 0.3), tree.render(0, 1.0, 0.5, 0.3)
    assert len(_rows_cols(trunk(tall))[0]) >= len(_rows_cols(trunk(short))[0]) + 8  # more trunk shows
    assert _rows_cols(trunk(tall))[0].max() == _rows_cols(trunk(short))[0].max() == 53  # on the ground
    assert _rows_cols(_green(tall))[0].min() == _rows_cols(_green(short))[0].min() - 10  # lifting the crown
    assert abs(int(_green(tall).sum()) - int(_green(short).sum())) <= 4  # the same crown
    small, large = _green(tree.render(0, 0.5, 0.0, 0.3)), _green(tree.render(0, 0.5, 1.0, 0.3))
    assert large.sum() > 2.5 * small.sum()
    assert len(_rows_cols(large)[1]) >= len(_rows_cols(small)[1]) + 10  # wider
    red, green = tree.render(0, 0.5, 0.5, 0.0), tree.render(0, 0.5, 0.5, 0.35)
    r, g = red[31, 32].astype(int), green[31, 32].astype(int)
    assert r[0] > r[1] + 80 and g[1] > g[0] + 80  # the leaves: autumn red, or green
    assert np.array_equal(red[44:], green[44:]) and np.array_equal(red[:, :14], green[:, :14])  # trunk, sky


def test_hourglass_sand_bulbs_hue_and_wall_change_what_they_say():
    from latentexplainer.data import hourglass

    full, half, empty = (_green(hourglass.render(run, 0.5, 0.3, 0.5)) for run in (0.0, 0.5, 1.0))
    upper = [mask[:31].sum() for mask in (full, half, empty)]  # sand above the waist
    lower = [mask[34:].sum() for mask in (full, half, empty)]  # and below it
    assert upper[0] > upper[1] + 80 and upper[1] > 80 and upper[2] == 0
    assert lower[2] > lower[1] + 60 and lower[1] > lower[0] + 60
    assert full[33:36, 31:33].all() and half[33:36, 31:33].all() and not empty[33:36].any()  # the stream, until it has run
    assert _rows_cols(empty)[0].max() == _rows_cols(half)[0].max()  # the sand lies on the bottom
    narrow, wide = hourglass.render(0.5, 0.0, 0.3, 0.5), hourglass.render(0.5, 1.0, 0.3, 0.5)
    assert _green(wide)[50].sum() >= _green(narrow)[50].sum() + 12  # the bulb next to the bottom plate
    assert abs(int(_green(wide)[31:34].sum()) - int(_green(narrow)[31:34].sum())) <= 2  # the same waist
    assert np.array_equal(narrow[:, :15], wide[:, :15])  # the posts and the plates' ends stay
    red, blue = hourglass.render(0.5, 0.5, 0.0, 0.5), hourglass.render(0.5, 0.5, 0.62, 0.5)
    assert _red_and_blue(red, blue, 49, 32) and _red_and_blue(red, blue, 28, 32)  # the sand, both bulbs
    assert np.array_equal(red[:, :15], blue[:, :15]) and np.array_equal(red[:10], blue[:10])
    dark, light = hourglass.render(0.5, 0.5, 0.3, 0.0), hourglass.render(0.5, 0.5, 0.3, 1.0)
    assert light[:6, :6].astype(float).mean() > dark[:6, :6].astype(float).mean() + 100
    assert np.array_equal(_green(dark), _green(light))  # the same sand
    assert np.array_equal(dark[56:], light[56:]) and np.array_equal(dark[9:12, 20:44], light[9:12, 20:44])  # table, plate


def test_coffee_spoon_coffee_cup_and_saucer_change_what_they_say():
    from latentexplainer.data import coffee

    def spoon(img):  # the silver spoon: light and slightly bluish (the cup's rim is whiter)
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 0] < 235) & (img[..., 2] - img[..., 0] >= 10)

    def centre(mask):
        return np.argwhere(mask).mean(0)  # (row, column)

    imgs = [coffee.render(a, 0.5, 0.5, 0.3) for a in (0.0, np.pi / 2, np.pi, 1.5 * np.pi)]
    (ry, rx), (uy, ux), (ly, lx), (dy, dx) = (centre(spoon(img)) for img in imgs)
    assert rx > 48 and lx < 15 and uy < 15 and dy > 48  # right, up, left, down
    assert max(abs(ry - 31.5), abs(ly - 31.5), abs(ux - 31.5), abs(dx - 31.5)) < 0.5
    assert len({int(spoon(img).sum()) for img in imgs}) == 1  # the same spoon, turned
    assert np.abs(coffee.render(2 * np.pi, 0.5, 0.5, 0.3).astype(int) - imgs[0]).max() <= 1  # cyclic
    assert np.array_equal(imgs[0][20:44, 20:44], imgs[2][20:44, 20:44])  # the cup stays
    black, milky = coffee.render(np.pi, 0.0, 0.5, 0.3), coffee.render(np.pi, 1.0, 0.5, 0.3)
    assert black[32, 32].astype(int).max() < 50 and milky[32, 32].astype(int).min() > 130
    yy, xx = np.mgrid[:64, :64] + 0.5
    outside = np.hypot(xx - 32, yy - 32) > 10.5  # outside the coffee (radius 9.3 px at cup_size 0.5)
    assert np.array_equal(black[outside], milky[outside])
    small, large = coffee.render(np.pi, 0.0, 0.0, 0.3), coffee.render(np.pi, 0.0, 1.0, 0.3)
    dark = lambda img: (img.astype(int).max(-1) < 60)[12:52, 12:52]  # noqa: E731  # the espresso
    assert dark(large).sum() > 2 * dark(small).sum() > 0
    far = np.hypot(xx - 32, yy - 32) > 16
    assert np.array_equal(small[far], large[far])  # the saucer's rim, the spoon and the table stay
    red, blue = coffee.render(0.0, 0.5, 0.5, 0.0), coffee.render(0.0, 0.5, 0.5, 0.62)
    assert _red_and_blue(red, blue, 32, 10) and _red_and_blue(red, blue, 10, 32)  # the saucer
    near = np.hypot(xx - 32, yy - 32) < 10.5
    assert np.array_equal(red[near], blue[near]) and np.array_equal(red[:, :6], blue[:, :6])  # cup, table


def test_card_suit_pips_turn_and_felt_change_what_they_say():
    from scipy import ndimage

    from latentexplainer.data import card

    assert card.FACTORS[0].categories == ("hearts", "diamonds", "clubs", "spades")
    assert card.FACTORS[1].categories == ("1", "2", "3")

    def red(img):
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 1] < 80)

    def black(img):
        return img.astype(int).max(-1) < 60

    hearts, diamonds, clubs, spades = (card.render(code, 0, 0.0, 0.4) for code in range(4))
    assert red(hearts).sum() > 100 and red(diamonds).sum() > 100 and not black(hearts).any() and not black(diamonds).any()
    assert black(clubs).sum() > 100 and black(spades).sum() > 100 and not red(clubs).any() and not red(spades).any()

    def profile(mask):  # the pip's width per row, from its top row to its bottom row
        rows = _rows_cols(mask)[0]
        return mask.sum(1)[rows.min():rows.max() + 1], mask[rows.min() + 1]

    (heart, heart_top), (diamond, _), (club, _), (spade, _) = (
        profile(m) for m in (red(hearts), red(diamonds), black(clubs), black(spades)))
    assert ndimage.label(heart_top)[1] == 2 and heart[-1] <= 2  # two lobes, one point
    assert diamond[0] <= 2 and diamond[-1] <= 2 and abs(np.argmax(diamond) - len(diamond) / 2) <= 2  # two points
    assert club[2] >= 8 and club[-1] >= 6  # a round leaf on top, a stem's foot below
    assert spade[1] <= 2 and spade[-1] >= 6  # a point on top, a stem's foot below
    eight = np.ones((3, 3))
    for suit in range(4):
        for count in range(3):
            for turn in (-0.6, 0.0, 0.6):
                img = card.render(suit, count, turn, 0.4)
                assert ndimage.label(red(img) | black(img), eight)[1] == count + 1

    def white(img):  # the card's face
        return img.astype(int).min(-1) > 200

    def lean(img):  # the covariance of the face's columns and rows: negative when its top leans right
        rows, cols = np.nonzero(white(img))
        return np.cov(cols, rows)[0, 1]

    left, upright, right = (card.render(0, 0, t, 0.4) for t in (-0.6, 0.0, 0.6))
    assert lean(left) > 30 and abs(lean(upright)) < 1 and lean(right) < -30
    assert abs(int(white(left).sum()) - int(white(upright).sum())) <= 12  # the same card, turned
    assert len(_rows_cols(white(right))[0]) >= len(_rows_cols(white(upright))[0]) + 4  # taller across the diagonal
    red_felt, blue_felt = card.render(0, 0, 0.0, 0.0), card.render(0, 0, 0.0, 0.62)
    r, b = red_felt[2, 2].astype(int), blue_felt[2, 2].astype(int)
    assert r[0] > r[2] + 50 and b[2] > b[0] + 50
    assert np.array_equal(red_felt[16:48, 21:43], blue_felt[16:48, 21:43])  # the card stays as it is


def test_cloud_position_size_rain_and_darkness_change_what_they_say():
    from latentexplainer.data import cloud

    def grey(img):  # the cloud: the only grey pixels in the sky
        img = img.astype(int)
        mask = img.max(-1) - img.min(-1) < 10
        mask[40:] = False
        return mask

    def rain(img):  # the dark blue streaks below the cloud (the sky there is far lighter)
        img = img.astype(int)
        mask = (img[..., 0] < 110) & (img[..., 2] - img[..., 0] > 50)
        mask[:28] = False
        return mask

    left, right = cloud.render(0.0, 0.5, 0.5, 0.5), cloud.render(1.0, 0.5, 0.5, 0.5)
    assert _centroid_x(grey(left)[..., None]) < 22 < 41 < _centroid_x(grey(right)[..., None])
    assert np.array_equal(np.roll(left[:23], 22, axis=1), right[:23])  # the whole cloud, 22 px along
    assert np.array_equal(left[56:], right[56:])  # over the same field
    assert _centroid_x(rain(left)[..., None]) < 28 < 36 < _centroid_x(rain(right)[..., None])  # its rain with it
    small, large = cloud.render(0.5, 0.0, 1.0, 0.5), cloud.render(0.5, 1.0, 1.0, 0.5)
    assert grey(large).sum() > 2.5 * grey(small).sum()
    assert len(_rows_cols(grey(large))[1]) >= len(_rows_cols(grey(small))[1]) + 12  # wider
    assert len(_rows_cols(rain(large))[1]) >= len(_rows_cols(rain(small))[1]) + 8  # and so is its rain
    counts = [rain(cloud.render(0.5, 0.5, r, 0.5)).sum() for r in (0.0, 0.25, 0.5, 0.75, 1.0)]
    assert counts[0] == 0 and counts[4] > 80 and all(np.diff(counts) > 10)  # heavier and heavier
    assert abs(counts[2] - counts[4] / 2) < 0.15 * counts[4]  # half the streaks at half the rain
    dry, pouring = cloud.render(0.5, 0.5, 0.0, 0.5), cloud.render(0.5, 0.5, 1.0, 0.5)
    assert np.array_equal(dry[:24], pouring[:24]) and np.array_equal(dry[56:], pouring[56:])  # cloud, field
    white, storm = cloud.render(0.5, 0.5, 0.5, 0.0), cloud.render(0.5, 0.5, 0.5, 1.0)
    assert white[16, 32].astype(int).min() > 230 and storm[16, 32].astype(int).max() < 100
    assert abs(int(grey(white).sum()) - int(grey(storm).sum())) < 0.1 * grey(white).sum()  # the same cloud
    assert np.array_equal(_rows_cols(grey(white))[1], _rows_cols(grey(storm))[1])
    assert np.array_equal(white[:, :10], storm[:, :10]) and np.array_equal(white[30:], storm[30:])  # sky, rain


def test_cactus_position_height_arms_and_sky_change_what_they_say():
    from latentexplainer.data import cactus

    assert cactus.FACTORS[2].categories == ("none", "one", "two")
    left, right = cactus.render(0.0, 0.5, 0, 0.5), cactus.render(1.0, 0.5, 0, 0.5)
    assert _centroid_x(_green(left)[..., None]) < 20 < 44 < _centroid_x(_green(right)[..., None])
    assert np.abs(np.roll(left, 30, axis=1).astype(int) - right).max() <= 1  # the same cactus, 30 px along
    short, tall = _green(cactus.render(0.5, 0.0, 0, 0.5)), _green(cactus.render(0.5, 1.0, 0, 0.5))
    assert _rows_cols(short)[0].min() >= _rows_cols(tall)[0].min() + 26  # the top rises
    assert _rows_cols(short)[0].max() == _rows_cols(tall)[0].max()  # from the same sand
    assert np.array_equal(_rows_cols(short)[1], _rows_cols(tall)[1])  # and is no wider
    none, one, two = (_green(cactus.render(0.5, 0.5, code, 0.5)) for code in range(3))
    (_, c0), (_, c1), (_, c2) = (_rows_cols(m) for m in (none, one, two))
    assert len(c0) <= 11 and c1.min() == c0.min() and c1.max() >= c0.max() + 12  # an arm on the right
    assert c2.min() <= c0.min() - 12 and c2.max() == c1.max()  # and one on the left
    arm_col = int(c1.max()) - 3
    assert one[:, arm_col].sum() >= 8 and not none[:, arm_col].any()  # the arm turns upwards
    assert two.sum() > one.sum() + 100 > none.sum() + 200
    dusk, day = cactus.render(0.5, 0.5, 0, 0.0), cactus.render(0.5, 0.5, 0, 1.0)
    r, b = dusk[5, 5].astype(int), day[5, 5].astype(int)
    assert r[0] > r[2] + 100 and b[2] > b[0] + 100  # an orange sky, a blue sky
    assert np.array_equal(_green(dusk), _green(day)) and np.array_equal(dusk[52:], day[52:])  # cactus, sand


def test_train_position_chimney_smoke_and_paint_change_what_they_say():
    from latentexplainer.data import train

    def red(img):  # the red paint of the boiler and the cab
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 80) & (img[..., 0] - img[..., 2] > 80)

    def black(img):  # the chimney, the wheels and the roof
        return img.astype(int).max(-1) < 40

    def smoke(img):  # the dark grey smoke: the only mid grey pixels above the track
        img = img.astype(int)
        mask = (img.max(-1) - img.min(-1) < 25) & (img[..., 0] > 80) & (img[..., 0] < 130)
        mask[40:] = False
        return mask

    left, right = train.render(0.0, 0.5, 0.5, 0.0), train.render(1.0, 0.5, 0.5, 0.0)
    assert _centroid_x(red(left)[..., None]) < 18 < 40 < _centroid_x(red(right)[..., None])
    assert np.abs(np.roll(left, 28, axis=1).astype(int) - right).max() <= 1  # the whole train, 28 px along
    assert _centroid_x(smoke(left)[..., None]) < 18 < 40 < _centroid_x(smoke(right)[..., None])  # its smoke too
    short, tall = train.render(0.5, 0.0, 0.0, 0.0), train.render(0.5, 1.0, 0.0, 0.0)
    tops = [_rows_cols(black(img)[:30, 36:48])[0].min() for img in (short, tall)]  # the chimney over the boiler
    assert tops[0] >= 26 and tops[1] <= 15
    assert np.array_equal(short[30:], tall[30:])  # the body and the wheels stay
    counts = [smoke(train.render(0.5, 0.5, s, 0.0)).sum() for s in (0.0, 0.5, 1.0)]
    assert counts[0] == 0 and counts[1] > 40 and counts[2] > counts[1] + 80
    none, plume = train.render(0.5, 0.5, 0.0, 0.0), train.render(0.5, 0.5, 1.0, 0.0)
    assert np.array_equal(none[22:], plume[22:])  # the smoke stays above the chimney
    red_, blue = train.render(0.5, 0.5, 0.5, 0.0), train.render(0.5, 0.5, 0.5, 0.62)
    assert _red_and_blue(red_, blue, 34, 37) and _red_and_blue(red_, blue, 35, 22)  # the boiler, the cab
    assert np.array_equal(red_[42:], blue[42:]) and np.array_equal(red_[:, :16], blue[:, :16])  # wheels, track, sky


def test_fence_posts_height_infill_and_paint_change_what_they_say():
    from scipy import ndimage

    from latentexplainer.data import fence

    assert fence.FACTORS[0].categories == ("3", "4", "5", "6")
    assert fence.FACTORS[2].categories == ("open", "pickets", "lattice")

    def red(img):  # the red paint (posts, rails and infill); the sky and the lawn are not red
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 80) & (img[..., 0] - img[..., 2] > 80)

    for code in range(4):  # the row just below the posts' tops, above the upper rail
        assert ndimage.label(red(fence.render(code, 0.5, 0, 0.0))[31])[1] == code + 3
    low, high = red(fence.render(0, 0.0, 0, 0.0)), red(fence.render(0, 1.0, 0, 0.0))
    assert _rows_cols(low)[0].min() >= _rows_cols(high)[0].min() + 20  # taller
    assert _rows_cols(low)[0].max() == _rows_cols(high)[0].max()  # on the same ground
    assert np.array_equal(_rows_cols(low)[1], _rows_cols(high)[1])  # and no wider
    open_, pickets, lattice = (red(fence.render(0, 0.5, code, 0.0))[38:47, 12:29] for code in range(3))
    assert not open_.any()  # the sky shows between the posts
    assert 0.25 < pickets.mean() < 0.7 and 0.2 < lattice.mean() < 0.8
    assert all(np.array_equal(row, pickets[0]) for row in pickets)  # upright boards
    assert ndimage.label(pickets[0])[1] >= 2
    assert not all(np.array_equal(row, lattice[0]) for row in lattice)  # diagonal slats
    assert np.array_equal(lattice[8], lattice[0])  # slats crossing every 8 px
    red_, blue = fence.render(0, 0.5, 1, 0.0), fence.render(0, 0.5, 1, 0.62)
    assert _red_and_blue(red_, blue, 40, 8) and _red_and_blue(red_, blue, 40, 32)  # posts
    assert np.array_equal(red_[:18], blue[:18]) and np.array_equal(red_[57:], blue[57:])  # sky, lawn


def test_mug_steam_size_pattern_and_paint_change_what_they_say():
    from scipy import ndimage

    from latentexplainer.data import mug

    assert mug.FACTORS[2].categories == ("plain", "striped", "dotted")

    def red(img):  # the red paint: the mug's body and handle
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 80) & (img[..., 0] - img[..., 2] > 80)

    def white(img):  # the steam, or the cream pattern (the wall, the table and the tea are darker)
        return img.astype(int).min(-1) > 140

    counts = [white(mug.render(s, 0.5, 0, 0.0)).sum() for s in (0.0, 0.5, 1.0)]
    assert counts[0] == 0 and counts[1] > 20 and counts[2] > counts[1] + 40
    cold, hot = mug.render(0.0, 0.5, 0, 0.0), mug.render(1.0, 0.5, 0, 0.0)
    top = _rows_cols(red(cold))[0].min()
    assert _rows_cols(white(hot))[0].max() < top <= _rows_cols(white(hot))[0].min() + 22  # rising above the mug
    assert np.array_equal(cold[top + 3:], hot[top + 3:])  # the mug and the table stay
    small, large = red(mug.render(0.0, 0.0, 0, 0.0)), red(mug.render(0.0, 1.0, 0, 0.0))
    assert large.sum() > 2.2 * small.sum()
    assert len(_rows_cols(large)[1]) >= len(_rows_cols(small)[1]) + 10  # wider
    assert len(_rows_cols(large)[0]) >= len(_rows_cols(small)[0]) + 10  # and taller
    assert _rows_cols(large)[0].max() == _rows_cols(small)[0].max()  # on the same table
    plain, striped, dotted = (white(mug.render(0.0, 0.5, code, 0.0)) for code in range(3))
    assert not plain.any()
    stripes, n_stripes = ndimage.label(striped)
    assert n_stripes >= 3 and all(len(_rows_cols(stripes == i)[1]) >= 18 for i in range(1, n_stripes + 1))
    assert ndimage.label(dotted)[1] >= 12 and dotted.sum() > 100
    plain_img, dotted_img = mug.render(0.0, 0.5, 0, 0.0), mug.render(0.0, 0.5, 2, 0.0)
    assert np.array_equal(plain_img[:, 42:], dotted_img[:, 42:]) and np.array_equal(plain_img[:24], dotted_img[:24])
    red_, blue = mug.render(0.5, 0.5, 0, 0.0), mug.render(0.5, 0.5, 0, 0.62)
    assert _red_and_blue(red_, blue, 45, 28)  # the body
    assert np.array_equal(red_[:, 52:], blue[:, 52:]) and np.array_equal(red_[:12], blue[:12])  # wall, steam


def test_sign_kind_size_lean_and_sky_change_what_they_say():
    from latentexplainer.data import sign

    assert sign.FACTORS[0].categories == ("round", "triangle", "diamond", "octagon")

    def plate(img, sky=0.5):  # neither sky nor pole (nor the pavement)
        img = img.astype(int)
        sky_colour = 255 * sign.SKY * (0.3 + 0.7 * sky)
        mask = (np.abs(img - sky_colour).max(-1) > 60) & (np.abs(img - 255 * np.array(sign.POLE)).max(-1) > 20)
        mask[56:] = False
        return mask

    round_, triangle, diamond, octagon = (sign.render(code, 0.5, 0.0, 0.5) for code in range(4))
    b, w, y, r = (img[26, 32].astype(int) for img in (round_, triangle, diamond, octagon))
    assert b[2] > b[0] + 120 and w.min() > 220 and y[0] > 220 and y[2] < 80 and r[0] > r[1] + 120
    assert (triangle[..., 0].astype(int) - triangle[..., 1] > 120).sum() > 60  # a red border
    assert (diamond.astype(int).max(-1) < 40).sum() > 40  # a black border

    def widths(img):
        mask = plate(img)
        rows = _rows_cols(mask)[0]
        return mask.sum(1)[rows.min():rows.max() + 1]

    tw, dw, ow, cw = widths(triangle), widths(diamond), widths(octagon), widths(round_)
    assert tw[0] <= 3 and tw[-1] >= 18 and np.argmax(tw) >= len(tw) - 3  # a point on top, flat below
    assert dw[0] <= 3 and dw[-1] <= 3 and abs(np.argmax(dw) - len(dw) / 2) <= 2  # points on top and bottom
    assert ow[0] >= 8 and ow[-1] >= 8 and cw[0] < ow[0]  # flat top and bottom, unlike a circle
    small, large = plate(sign.render(0, 0.0, 0.0, 0.5)), plate(sign.render(0, 1.0, 0.0, 0.5))
    assert large.sum() > 2.5 * small.sum()
    left, upright, right = (sign.render(0, 0.5, lean, 0.5) for lean in (-0.35, 0.0, 0.35))
    xs = [_centroid_x(plate(img)[..., None]) for img in (left, upright, right)]
    assert xs[0] < 24 and abs(xs[1] - 32) < 1 and xs[2] > 40
    assert abs(int(plate(left).sum()) - int(plate(right).sum())) <= 4  # the same plate
    assert _rows_cols(plate(upright))[0].min() < _rows_cols(plate(left))[0].min()  # leaning brings it down
    dim, bright = sign.render(0, 0.5, 0.0, 0.0), sign.render(0, 0.5, 0.0, 1.0)
    assert bright[3, 3].astype(float).mean() > dim[3, 3].astype(float).mean() + 100
    assert np.array_equal(dim[21:31, 27:37], bright[21:31, 27:37])  # the plate stays as it is


def test_key_turn_blade_head_and_cloth_change_what_they_say():
    from latentexplainer.data import key

    def brass(img):
        img = img.astype(int)
        return (img[..., 0] > 180) & (img[..., 1] > 140) & (img[..., 0] - img[..., 2] > 100)

    def lean(mask):  # the covariance of the key's columns and rows: negative when its tip points up-right
        rows, cols = np.nonzero(mask)
        return np.cov(cols, rows)[0, 1]

    up, flat, down = (brass(key.render(t, 0.5, 0.5, 0.4)) for t in (-1.0, 0.0, 1.0))
    assert lean(up) < -40 and abs(lean(flat)) < 10 and lean(down) > 40
    assert abs(int(up.sum()) - int(flat.sum())) <= 0.1 * flat.sum()  # the same key, turned
    assert _rows_cols(up)[0].min() < 18 and _rows_cols(down)[0].max() > 46
    short, long = brass(key.render(0.0, 0.0, 0.5, 0.4)), brass(key.render(0.0, 1.0, 0.5, 0.4))
    assert _rows_cols(long)[1].max() >= _rows_cols(short)[1].max() + 16  # the tip reaches further
    assert np.array_equal(short[:, :30], long[:, :30])  # the head stays
    small, large = brass(key.render(0.0, 0.5, 0.0, 0.4)), brass(key.render(0.0, 0.5, 1.0, 0.4))
    assert large[:, :29].sum() > 2.5 * small[:, :29].sum()
    assert _rows_cols(large)[1].min() <= _rows_cols(small)[1].min() - 10  # a wider head, reaching left
    assert len(_rows_cols(large)[0]) >= len(_rows_cols(small)[0]) + 10  # and taller
    assert np.array_equal(small[:, 34:], large[:, 34:])  # the blade stays
    red, blue = key.render(0.0, 0.5, 0.5, 0.0), key.render(0.0, 0.5, 0.5, 0.62)
    r, b = red[3, 3].astype(int), blue[3, 3].astype(int)
    assert r[0] > r[2] + 50 and b[2] > b[0] + 50
    assert np.array_equal(brass(red), brass(blue))


def test_bicycle_wheel_size_grows_the_wheels_on_the_road_and_lifts_the_frame():
    from latentexplainer.data import bicycle

    def black(img):  # the tyres, the saddle and the handlebar
        return img.astype(int).max(-1) < 50

    def red(img):  # the frame's paint
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 80) & (img[..., 0] - img[..., 2] > 80)

    small, large = bicycle.render(0.5, 0.0, 0.0, 0.0), bicycle.render(0.5, 1.0, 0.0, 0.0)
    (rows_s, cols_s), (rows_l, cols_l) = _rows_cols(black(small)[42:]), _rows_cols(black(large)[42:])
    assert len(cols_l) >= len(cols_s) + 8  # wider wheels
    assert rows_s.max() == rows_l.max()  # standing on the same road
    tops = [np.nonzero(black(img)[20:, 20])[0].min() + 20 for img in (small, large)]  # the rear tyre's top
    assert tops[1] <= tops[0] - 8
    assert _rows_cols(red(large))[0].min() <= _rows_cols(red(small))[0].min() - 3  # the frame rides higher
    assert np.array_equal(small[56:], large[56:]) and np.array_equal(small[:8], large[:8])  # the road, the sky
    left, right = bicycle.render(0.0, 0.5, 0.5, 0.0), bicycle.render(1.0, 0.5, 0.5, 0.0)
    assert np.abs(np.roll(left, 16, axis=1).astype(int) - right)[:48].max() <= 1  # the same bicycle, 16 px along
    assert _centroid_x(red(left)[..., None]) < 26 < 38 < _centroid_x(red(right)[..., None])


def test_teapot_pour_tilt_tips_it_forward_onto_its_spout():
    from latentexplainer.data import teapot

    def pot(img):  # the dark glaze: darker than the wall and the table
        mask = img.astype(int).max(-1) < 90
        mask[50:] = False
        return mask

    upright, tipped = pot(teapot.render(0.0, 0.5, 0.5, 0.5)), pot(teapot.render(0.55, 0.5, 0.5, 0.5))
    assert abs(int(upright.sum()) - int(tipped.sum())) <= 0.05 * upright.sum()  # the same teapot, tipped
    assert upright[49].sum() >= 10 and tipped[49].sum() <= 4  # it rocks onto the edge of its foot
    assert upright[40:, :20].any() and not tipped[40:, :20].any()  # the back lifts off the table
    assert _rows_cols(tipped)[1].max() >= _rows_cols(upright)[1].max() + 3  # the spout reaches further right
    lean = [np.cov(*np.nonzero(img)[::-1])[0, 1] for img in (upright, tipped)]  # columns against rows
    assert lean[1] > lean[0] + 8  # lower on the right, higher on the left
    wall = [teapot.render(0.2, 0.5, 0.5, w)[5, 5].astype(int) for w in (0.0, 1.0)]
    assert (wall[1] - wall[0]).min() > 90


def test_penguin_count_is_the_number_of_penguins_on_the_ice():
    from scipy import ndimage

    from latentexplainer.data import penguin

    assert penguin.FACTORS[0].categories == ("1", "2", "3")

    def black(img):
        return img.astype(int).max(-1) < 40

    def beaks(img):  # orange, above the feet
        img = img.astype(int)
        return ((img[..., 0] > 200) & (img[..., 0] - img[..., 2] > 150))[:46]

    imgs = [penguin.render(code, 0.5, 0.0, 0.5) for code in range(3)]
    for code, img in enumerate(imgs):
        assert ndimage.label(black(img).any(0))[1] == code + 1  # side by side, apart
        assert ndimage.label(beaks(img))[1] == code + 1
    sizes = [black(img).sum() for img in imgs]
    assert abs(sizes[1] - 2 * sizes[0]) <= 4 and abs(sizes[2] - 3 * sizes[0]) <= 6  # all alike
    assert np.array_equal(imgs[0][:, 25:39], imgs[2][:, 25:39])  # the middle one stands where the one did
    assert _centroid_x(black(imgs[1])[..., None]) == pytest.approx(31.5, abs=0.5)  # the pair stand either side


def test_tent_door_opening_shows_more_of_the_lit_inside():
    from latentexplainer.data import tent

    def glow(img):  # the lantern-lit inside, seen through the door
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 150) & (img[..., 2] < 140)

    counts = [glow(tent.render(d, 1.0, 0.5, 0.5, 0.62)).sum() for d in (0.0, 0.25, 0.5, 0.75, 1.0)]
    assert counts[0] == 0 and counts[4] > 150 and all(np.diff(counts) > 20)  # wider and wider
    wide = glow(tent.render(1.0, 1.0, 0.5, 0.5, 0.62))
    assert _centroid_x(wide[..., None]) == pytest.approx(31.5, abs=0.5)  # in the middle of the front
    assert _rows_cols(wide)[0].max() >= 52  # down to the ground
    closed, open_ = tent.render(0.0, 1.0, 0.5, 0.5, 0.62), tent.render(1.0, 1.0, 0.5, 0.5, 0.62)
    assert np.array_equal(closed[:35], open_[:35])  # the peak, the sky
    assert np.array_equal(closed[:, :17], open_[:, :17]) and np.array_equal(closed[:, 47:], open_[:, 47:])
    dark = tent.render(1.0, 0.0, 0.5, 0.5, 0.62)
    assert not glow(dark).any() and dark[50, 32].astype(int).max() < 30  # the lantern off
    narrow, wide_ = (tent.render(0.0, 0.0, w, 0.5, 0.62) for w in (0.0, 1.0))
    blue = lambda img: (img[..., 2].astype(int) - img[..., 0] > 80)  # noqa: E731  the fabric
    assert len(_rows_cols(blue(wide_))[1]) >= len(_rows_cols(blue(narrow))[1]) + 18


def test_guitar_tilt_leans_the_neck_to_the_left_or_right():
    from latentexplainer.data import guitar

    def neck(img):  # the dark neck and headstock, above the body
        mask = img.astype(int).max(-1) < 110
        mask[26:] = False
        return mask

    left, upright, right = (guitar.render(t, 0.5, 0.5, 0.5) for t in (-0.5, 0.0, 0.5))
    xs = [_centroid_x(neck(img)[..., None]) for img in (left, upright, right)]
    assert xs[0] < 26 and abs(xs[1] - 31.5) < 0.5 and xs[2] > 37
    assert np.abs(left[:, ::-1].astype(int) - right).max() <= 1  # mirror images
    assert _rows_cols(neck(upright))[0].min() < _rows_cols(neck(right))[0].min()  # tilting lowers the head
    short, long = neck(guitar.render(0.0, 0.0, 0.5, 0.5)), neck(guitar.render(0.0, 1.0, 0.5, 0.5))
    assert _rows_cols(long)[0].min() <= _rows_cols(short)[0].min() - 9  # a longer neck
    small, large = (guitar.render(0.0, 0.5, h, 0.5) for h in (0.0, 1.0))
    hole = lambda img: img[28:46].astype(int).max(-1) < 60  # noqa: E731
    assert hole(large).sum() > 4 * hole(small).sum() > 0
    dark, pale = (guitar.render(0.0, 0.5, 0.5, w)[49, 25].astype(int) for w in (0.0, 1.0))
    assert (pale - dark).min() > 60


def test_bridge_arch_count_is_the_number_of_arches():
    from scipy import ndimage

    from latentexplainer.data import bridge

    assert bridge.FACTORS[0].categories == ("1", "2", "3", "4")

    def sky(img):  # the sky, seen above the bridge and through its arches
        img = img.astype(int)
        return (img[..., 2] > 180) & (img[..., 2] - img[..., 0] > 15)

    imgs = [bridge.render(code, 0.5, 0.5, 0.5) for code in range(4)]
    for code, img in enumerate(imgs):
        openings, count = ndimage.label(sky(img)[43])  # just above the water
        assert count == code + 1
        widths = [(openings == i).sum() for i in range(1, count + 1)]
        assert max(widths) - min(widths) <= 1  # equal arches
    assert all(np.array_equal(imgs[0][:22], img[:22]) for img in imgs)  # the same deck, the same sky
    assert sky(imgs[3])[43].sum() < sky(imgs[0])[43].sum()  # more piers stand in the river
    low, high = (bridge.render(0, d, 0.5, 0.5) for d in (0.0, 1.0))
    crowns = [ndimage.label(sky(img)[:46, 32])[0] for img in (low, high)]  # the sky above, and under the arch
    assert (crowns[1] == 2).sum() >= (crowns[0] == 2).sum() + 12  # a taller arch
    assert _rows_cols(~sky(low)[:46])[0].min() >= _rows_cols(~sky(high)[:46])[0].min() + 14  # the deck rises


def test_ladder_rung_count_is_the_number_of_rungs():
    from scipy import ndimage

    from latentexplainer.data import ladder

    assert ladder.FACTORS[0].categories == ("3", "4", "5", "6")

    def wood(img):  # the ladder's pale wood: not the bricks, the mortar or the floor
        img = img.astype(int)
        return (img[..., 1] > 110) & (img[..., 2] < 130) & (img[..., 0] - img[..., 2] > 80)

    imgs = [ladder.render(code, 0.5, 0.5, 0.5) for code in range(4)]
    for code, img in enumerate(imgs):
        assert ndimage.label(wood(img)[:, 32])[1] == code + 3  # up the middle, between the rails
        assert ndimage.label(wood(img)[:, 22])[1] == 1  # a rail: one straight piece
    gaps = [np.diff(np.nonzero(np.diff(wood(img)[:, 32].astype(int)) == 1)[0]) for img in imgs]
    assert all(g.max() - g.min() <= 1 for g in gaps)  # evenly spaced
    assert gaps[0].mean() > gaps[3].mean() + 3  # more rungs, closer together
    assert np.array_equal(imgs[0][:, :19], imgs[3][:, :19]) and np.array_equal(imgs[0][:, 45:], imgs[3][:, 45:])
    short, tall = (wood(ladder.render(1, 0.5, h, 0.5)) for h in (0.0, 1.0))
    assert _rows_cols(short)[0].min() >= _rows_cols(tall)[0].min() + 20  # a taller ladder
    assert _rows_cols(short)[0].max() == _rows_cols(tall)[0].max()  # on the same floor
    assert np.nonzero(tall[:, 32])[0].min() <= np.nonzero(short[:, 32])[0].min() - 15  # its rungs spread up
    left, right = (wood(ladder.render(0, x, 0.5, 0.5)) for x in (0.0, 1.0))
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(32, abs=0.5)


def test_kettle_flame_height_raises_blue_flames_under_the_kettle():
    from latentexplainer.data import kettle

    def flame(img):  # the gas flames' blue, below the kettle
        img = img.astype(int)
        mask = (img[..., 2] > 200) & (img[..., 2] - img[..., 0] > 100)
        mask[:38] = False
        return mask

    imgs = [kettle.render(h, 0.5, 0.5, 0.0) for h in (0.0, 0.25, 0.5, 0.75, 1.0)]
    counts = [flame(img).sum() for img in imgs]
    assert counts[0] == 0 and all(np.diff(counts) > 10)  # off, then higher and higher
    tops = [_rows_cols(flame(img))[0].min() for img in imgs[1:]]
    assert all(np.diff(tops) < 0) and tops[0] - tops[-1] >= 6
    assert all(_rows_cols(flame(img))[0].max() == 48 for img in imgs[1:])  # all rising from the burner
    assert _centroid_x(flame(imgs[4])[..., None]) == pytest.approx(31.5, abs=0.5)  # under the kettle's middle
    assert np.array_equal(imgs[0][:37], imgs[4][:37])  # the kettle stays
    level, steep = (kettle.render(0.0, a, 0.5, 0.0) for a in (0.0, 1.0))
    assert np.array_equal(level[:, :40], steep[:, :40])  # only the spout, on the right, moves

    def spout(img):  # the red enamel right of the body
        img = img.astype(int)
        return ((img[..., 0] > 150) & (img[..., 0] - img[..., 1] > 100))[:36, 47:]

    (rows_l, cols_l), (rows_s, cols_s) = _rows_cols(spout(level)), _rows_cols(spout(steep))
    assert rows_s.min() <= rows_l.min() - 12 and cols_l.max() >= cols_s.max() + 8  # up, not out


def test_owl_eye_opening_opens_its_yellow_eyes_from_shut():
    from scipy import ndimage

    from latentexplainer.data import owl

    def iris(img):  # the eyes' orange-yellow, above the feet
        img = img.astype(int)
        mask = (img[..., 0] > 200) & (img[..., 1] > 140) & (img[..., 2] < 80)
        mask[40:] = False
        return mask

    imgs = [owl.render(o, 0.0, 0.5, 0.5, 0.0) for o in (0.0, 0.25, 0.5, 0.75, 1.0)]
    counts = [iris(img).sum() for img in imgs]
    assert counts[0] == 0 and all(np.diff(counts) > 8)  # shut, then wider and wider
    wide, half = iris(imgs[4]), iris(imgs[2])
    assert ndimage.label(wide)[1] == 2 and np.array_equal(wide, wide[:, ::-1])  # two eyes, side by side
    assert _rows_cols(half)[0].max() == _rows_cols(wide)[0].max()  # the lids come down from above
    assert _rows_cols(half)[0].min() >= _rows_cols(wide)[0].min() + 3
    assert np.array_equal(imgs[0][38:], imgs[4][38:]) and np.array_equal(imgs[0][:, :18], imgs[4][:, :18])
    left, right = (iris(owl.render(1.0, t, 0.5, 0.5, 0.0)) for t in (-1.0, 1.0))
    assert np.array_equal(left[:, ::-1], right)  # the head turns one way or the other
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) > 3


def test_anchor_depth_lowers_it_on_a_longer_chain():
    from latentexplainer.data import anchor

    def iron(img):
        return img.astype(int).max(-1) < 45

    shallow, deep = (iron(anchor.render(d, 0.0, 0.5, 0.5)) for d in (0.0, 1.0))
    rows_s, rows_d = _rows_cols(shallow)[0], _rows_cols(deep)[0]
    assert rows_s.min() <= 3 and rows_d.min() <= 1  # the chain comes down from above
    assert rows_d.max() - rows_s.max() == pytest.approx(18, abs=1)  # the anchor hangs 18 px deeper
    for mask in (shallow, deep):  # straight down
        assert _centroid_x(mask[..., None]) == pytest.approx(31.5, abs=0.3)
    assert (shallow[8:34] != deep[26:52]).sum() <= 16  # the anchor itself, moved down
    assert deep[:20, 28:37].any(1).sum() >= 18  # the chain, unbroken down to the ring
    left, right = (iron(anchor.render(0.5, a, 0.5, 0.5)) for a in (-0.3, 0.3))
    assert (left[:, ::-1] != right).sum() <= 6  # mirror images
    assert _centroid_x(right[..., None]) > 38 and _centroid_x(left[..., None]) < 25


def test_piano_fallboard_opening_uncovers_the_keys():
    from scipy import ndimage

    from latentexplainer.data import piano

    def ivory(img):  # the white keys
        img = img.astype(int)
        mask = (img.min(-1) > 200) & (img.max(-1) - img.min(-1) < 25)
        mask[:26] = False  # not the sheet of music
        return mask

    imgs = [piano.render(o, 0.5, 0.5, 0.5) for o in (0.0, 0.25, 0.5, 0.75, 1.0)]
    counts = [ivory(img).sum() for img in imgs]
    assert counts[0] == 0 and all(np.diff(counts) > 40)  # closed, then more and more keys show
    rows, cols = _rows_cols(ivory(imgs[4]))
    assert cols.min() <= 11 and cols.max() >= 52 and rows.min() <= 29 and rows.max() >= 38
    assert all(_rows_cols(ivory(img))[0].max() == rows.max() for img in imgs[1:])  # uncovered from the front
    assert np.array_equal(imgs[0][:27], imgs[4][:27]) and np.array_equal(imgs[0][41:], imgs[4][41:])

    def black_keys(img):  # along a row near the back of the keys
        return ndimage.label(img[30, 10:54].astype(int).max(-1) < 40)[1]

    assert black_keys(piano.render(1.0, 0.5, 0.5, 0.5)) == 8 and black_keys(piano.render(1.0, 1.0, 0.5, 0.5)) == 5
    assert black_keys(piano.render(0.0, 0.5, 0.5, 0.5)) == 0


def test_canoe_x_moves_the_canoe_and_the_canoeist_along_the_lake():
    from latentexplainer.data import canoe

    def hull(img):  # the red paint of the hull
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 0] - img[..., 1] > 100) & (img[..., 0] - img[..., 2] > 100)

    def vest(img):  # the canoeist's yellow life vest
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 160) & (img[..., 2] < 100)

    left, right = canoe.render(0.0, 0.5, 0.5, 0.0), canoe.render(1.0, 0.5, 0.5, 0.0)
    for part in (hull, vest):
        a, b = part(left), part(right)
        assert _centroid_x(b[..., None]) - _centroid_x(a[..., None]) == pytest.approx(16, abs=0.5)
        assert abs(int(a.sum()) - int(b.sum())) <= 3 and np.array_equal(_rows_cols(a)[0], _rows_cols(b)[0])
    assert _rows_cols(hull(left))[1].min() <= 10 and _rows_cols(hull(right))[1].max() >= 53
    assert np.array_equal(left[:20], right[:20])  # the sky and the shore stay
    short, long = (hull(canoe.render(0.5, length, 0.5, 0.0)) for length in (0.0, 1.0))
    assert len(_rows_cols(long)[1]) >= len(_rows_cols(short)[1]) + 18



def test_mushroom_stem_height_lifts_the_cap_and_spot_size_grows_white_spots():
    from latentexplainer.data import mushroom

    def cap(img):  # the red cap
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 0] - img[..., 1] > 100) & (img[..., 0] - img[..., 2] > 100)

    short, tall = (cap(mushroom.render(h, 0.5, 0.0, 0.0)) for h in (0.0, 1.0))
    assert _rows_cols(short)[0].max() - _rows_cols(tall)[0].max() == pytest.approx(18, abs=1)  # lifted
    assert abs(int(short.sum()) - int(tall.sum())) <= 4  # the same cap
    assert _centroid_x(tall[..., None]) == pytest.approx(31.5, abs=0.5)
    narrow, wide = (cap(mushroom.render(0.5, w, 0.0, 0.0)) for w in (0.0, 1.0))
    assert len(_rows_cols(wide)[1]) >= len(_rows_cols(narrow)[1]) + 24

    def spots(img):  # white, up on the cap
        return img[:45].astype(int).min(-1) > 225

    counts = [spots(mushroom.render(0.5, 0.5, r, 0.0)).sum() for r in (0.0, 0.25, 0.5, 0.75, 1.0)]
    assert counts[0] == 0 and all(np.diff(counts) > 0) and counts[4] > 80
    hues = [mushroom.render(0.5, 0.5, 0.0, h).astype(int) for h in (0.0, 0.5, 1.0)]
    assert np.abs(hues[0] - hues[2]).max() <= 1  # round the wheel: 1 is 0 again
    assert np.abs(hues[0] - hues[1]).max() > 150


def test_flag_stripe_count_is_the_number_of_stripes_and_hoist_raises_it():
    from scipy import ndimage

    from latentexplainer.data import flag

    assert flag.FACTORS[2].categories == ("2", "3", "4")

    def red(img):  # the coloured stripes
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 0] - img[..., 1] > 100) & (img[..., 0] - img[..., 2] > 100)

    def white(img):  # the white stripes
        return img.astype(int).min(-1) > 235

    for code in range(3):
        img = flag.render(0.5, 0.0, code, 0.0)
        bands = ndimage.label(red(img)[:, 30])[1], ndimage.label(white(img)[:, 30])[1]
        assert bands == ((code + 3) // 2, (code + 2) // 2)  # coloured first, then alternating
    low, high = (red(flag.render(h, 0.0, 0, 0.0)) for h in (0.0, 1.0))
    assert _rows_cols(low)[0].min() - _rows_cols(high)[0].min() == pytest.approx(23, abs=1)
    assert np.array_equal(_rows_cols(low)[1], _rows_cols(high)[1]) and low.sum() == high.sum()
    flat, rippled = (red(flag.render(0.5, r, 0, 0.0)) for r in (0.0, 1.0))
    tops = [np.argmax(img, 0)[16:48] for img in (flat, rippled)]  # each column's top edge
    assert np.ptp(tops[0]) == 0 and np.ptp(tops[1]) >= 4  # straight, then waving


def test_whale_spout_shoots_up_from_its_back_and_tail_raise_lifts_the_flukes():
    from latentexplainer.data import whale

    def spray(img):  # white above the sea's dark blue and the dusk sky
        return img.astype(int).min(-1) > 215

    imgs = [whale.render(0.5, h, 0.5, 0.0) for h in (0.0, 0.25, 0.5, 0.75, 1.0)]
    counts = [spray(img)[:40].sum() for img in imgs]
    assert counts[0] == 0 and all(np.diff(counts) > 5)
    tops = [_rows_cols(spray(img)[:40])[0].min() for img in imgs[1:]]
    assert all(np.diff(tops) < 0) and tops[0] - tops[-1] >= 15
    assert np.array_equal(imgs[0][:, :30], imgs[4][:, :30])  # the spout rises over the front of the back

    def dark(img):  # the whale, darker than the sea, above the water
        mask = img.astype(int).max(-1) < 60
        mask[:28] = False  # not the dusk sky
        return mask

    down, up = (dark(whale.render(0.5, 0.0, t, 0.0))[:46, :30] for t in (0.0, 1.0))
    assert _rows_cols(up)[0].min() <= _rows_cols(down)[0].min() - 8  # the flukes lifted high
    dusk, day = (whale.render(0.5, 0.0, 0.5, b)[4, 4].astype(int) for b in (0.0, 1.0))
    assert day[2] - dusk[2] > 100


def test_mailbox_flag_raise_turns_the_red_flag_upright():
    from latentexplainer.data import mailbox

    def red(img):  # the flag
        img = img.astype(int)
        return (img[..., 0] > 170) & (img[..., 1] < 80) & (img[..., 2] < 80)

    down, up = (red(mailbox.render(r, 0.5, 0.5, 0.5)) for r in (0.0, 1.0))
    (rows_d, cols_d), (rows_u, cols_u) = _rows_cols(down), _rows_cols(up)
    assert np.ptp(cols_d) >= 13 and np.ptp(rows_d) <= 7 and np.ptp(rows_u) >= 12 and np.ptp(cols_u) <= 7
    assert rows_u.min() <= rows_d.min() - 8 and cols_d.max() >= cols_u.max() + 8
    assert 0.75 < up.sum() / down.sum() < 1.33  # the same flag, turned
    low, high = (mailbox.render(0.0, p, 0.5, 0.5) for p in (0.0, 1.0))
    assert _rows_cols(red(low))[0].min() - _rows_cols(red(high))[0].min() == pytest.approx(16, abs=1)
    short, long = (red(mailbox.render(0.0, 0.5, length, 0.5)) for length in (0.0, 1.0))
    assert np.array_equal(short, long)  # the box grows forwards, the flag stays
    assert np.abs(mailbox.render(0.0, 0.5, 0.0, 0.5).astype(int) - mailbox.render(0.0, 0.5, 1.0, 0.5)).max(-1)[
        :, 40:].astype(bool).sum() > 100


def test_sled_rider_count_is_the_number_of_children_on_the_sled():
    from scipy import ndimage

    from latentexplainer.data import sled

    assert sled.FACTORS[2].categories == ("1", "2", "3")

    def bobbles(img):  # the white bobbles on the hats, above the snow
        img = img.astype(int)
        mask = img.min(-1) > 235
        mask[34:] = False
        return mask

    imgs = [sled.render(0.5, 0.5, code, 0.0) for code in range(3)]
    for code, img in enumerate(imgs):
        assert ndimage.label(bobbles(img))[1] == code + 1
    level, steep = (sled.render(a, 0.5, 0, 0.0) for a in (0.0, 1.0))

    def snow(img):
        return img.astype(int).min(-1) > 225

    assert snow(steep)[:, :6].sum() >= snow(level)[:, :6].sum() + 60  # higher on the left
    assert snow(level)[:, 58:].sum() >= snow(steep)[:, 58:].sum() - 5

    def board(img):  # the red board
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 0] - img[..., 1] > 100) & (img[..., 0] - img[..., 2] > 100)

    up, down = (board(sled.render(0.5, p, 0, 0.0)) for p in (0.0, 1.0))
    assert _centroid_x(down[..., None]) - _centroid_x(up[..., None]) == pytest.approx(28 * np.cos(0.29), abs=1)
    assert _rows_cols(down)[0].mean() > _rows_cols(up)[0].mean() + 6  # further down the slope


def test_fountain_tier_count_stacks_bowls_and_jet_height_raises_the_jet():
    from scipy import ndimage

    from latentexplainer.data import fountain

    assert fountain.FACTORS[0].categories == ("1", "2", "3")

    def stone(img):  # pale sandstone
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 2] > 150) & (img[..., 0] - img[..., 2] > 20)

    imgs = [fountain.render(code, 0.0, 0.5, 1.0) for code in range(3)]
    for code, img in enumerate(imgs):
        assert ndimage.label(stone(img)[:, 27])[1] == code + 1  # the tiers, one above the other, left of the columns
    assert all(np.array_equal(imgs[0][45:], img[45:]) for img in imgs)  # the same basin

    def water(img):  # the pale blue water against the dark hedge
        img = img.astype(int)
        return (img[..., 2] > 180) & (img[..., 2] - img[..., 0] > 25)

    low, high = (water(fountain.render(0, h, 0.5, 0.0))[16:44] for h in (0.0, 1.0))
    assert _rows_cols(low)[0].min() - _rows_cols(high)[0].min() == pytest.approx(16, abs=1)
    assert high.sum() > 2 * low.sum() > 0
    narrow, wide = (stone(fountain.render(0, 0.5, w, 1.0)) for w in (0.0, 1.0))
    assert len(_rows_cols(wide)[1]) - len(_rows_cols(narrow)[1]) == pytest.approx(26, abs=1)



def test_castle_drawbridge_uncovers_the_gateway_and_towers_grow_upwards():
    from latentexplainer.data import castle

    def gateway(img):  # the dark gateway, where the drawbridge does not cover it
        return int((img.astype(int).max(-1) < 30)[30:53, 26:39].sum())

    counts = [gateway(castle.render(a, 0.5, 0.0, 1.0)) for a in (0.0, 0.25, 0.5, 0.75, 1.0)]
    assert counts[0] <= 5 and all(np.diff(counts) >= 0) and counts[4] >= 120

    def stone(img):  # the towers' grey stone
        return np.abs(img.astype(float) - 255 * castle.STONE).max(-1) < 30

    short, tall = (stone(castle.render(0.0, h, 0.0, 1.0))[:, 6:18] for h in (0.0, 1.0))
    assert _rows_cols(short)[0].min() - _rows_cols(tall)[0].min() == pytest.approx(16, abs=1)
    hues = [castle.render(0.0, 0.5, h, 1.0).astype(int) for h in (0.0, 0.5, 1.0)]
    assert np.abs(hues[0] - hues[2]).max() <= 1 and np.abs(hues[0] - hues[1]).max() > 150
    night, day = (castle.render(0.0, 0.5, 0.0, b)[2, 30].astype(int) for b in (0.0, 1.0))
    assert day.min() - night.max() > 40


def test_bus_position_moves_it_and_stripe_width_widens_the_white_stripe():
    from latentexplainer.data import bus

    def paint(img):  # the bus's strongly coloured paint
        img = img.astype(int)
        return (img.max(-1) - img.min(-1) > 120) & (img.max(-1) > 150)

    left, right = (paint(bus.render(p, 0.5, 0.5, 0.0)) for p in (0.0, 1.0))
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(16, abs=1)
    short, long = (paint(bus.render(0.5, length, 0.5, 0.0)) for length in (0.0, 1.0))
    assert len(_rows_cols(long)[1]) - len(_rows_cols(short)[1]) == pytest.approx(18, abs=1)
    thin, wide = (bus.render(0.5, 0.5, w, 0.0).astype(int).min(-1)[25:52, 32] > 230 for w in (0.0, 1.0))
    assert thin.sum() <= 2 and wide.sum() >= 7


def test_cupcake_stripe_count_is_the_number_of_red_stripes_and_cherry_size_grows_the_cherry():
    from scipy import ndimage

    from latentexplainer.data import cupcake

    assert cupcake.FACTORS[1].categories == ("3", "5", "7")

    def red(img):
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 0] - img[..., 1] > 100)

    for code in range(3):
        assert ndimage.label(red(cupcake.render(0.5, code, 0.0, 0.5))[44])[1] == 2 * code + 3
    cherries = [red(cupcake.render(0.5, 0, r, 0.5))[:37].sum() for r in (0.0, 0.25, 0.5, 0.75, 1.0)]
    assert cherries[0] == 0 and all(np.diff(cherries) > 0) and cherries[4] > 100

    def frosting(img):  # pastel green at hue 0.5, above the case
        img = img.astype(int)
        return ((np.abs(img[..., 1] - img[..., 0]) > 60) & (img.min(-1) > 100))[:38]

    low, tall = (frosting(cupcake.render(h, 0, 0.0, 0.5)) for h in (0.0, 1.0))
    assert _rows_cols(low)[0].min() - _rows_cols(tall)[0].min() >= 10


def test_robot_arms_rise_legs_lift_it_head_tilts_both_ways_and_eyes_light_up():
    from latentexplainer.data import robot

    def hands(img):  # the dark hands, beside the body
        mask = np.abs(img.astype(float) - 255 * np.array(robot.FOOT)).max(-1) < 25
        mask[52:] = False
        mask[:, 20:44] = False
        return mask

    rows = [_rows_cols(hands(robot.render(a, 0.0, 0.5, 0.0)))[0].max() for a in (0.0, 0.5, 1.0)]
    assert rows[0] > rows[1] + 5 > rows[2] + 10  # from hanging down to raised up

    def tip(img):  # the antenna's red ball
        img = img.astype(int)
        return (img[..., 0] > 180) & (img[..., 1] < 80)

    short, tall = (robot.render(0.5, 0.0, g, 0.5) for g in (0.0, 1.0))
    assert _rows_cols(tip(short)[:25])[0].min() - _rows_cols(tip(tall)[:25])[0].min() == 9
    assert np.array_equal(short[57:], tall[57:])  # the feet stay on the floor
    left, right = (robot.render(0.5, t, 0.5, 0.5).astype(int) for t in (-1.0, 1.0))
    assert np.abs(left[:30, ::-1] - right[:30]).max() <= 1 and np.abs(left[:30] - right[:30]).mean() > 3

    def lit(img):
        img = img.astype(int)
        return ((img[..., 2] > 220) & (img[..., 1] > 220) & (img[..., 0] < 200)).sum()

    assert lit(robot.render(0.5, 0.0, 0.5, 0.0)) == 0 and lit(robot.render(0.5, 0.0, 0.5, 1.0)) > 40


def test_beachball_height_raises_it_panel_count_sets_its_colours_and_spin_is_cyclic():
    from latentexplainer.data import beachball

    assert beachball.FACTORS[3].categories == ("4", "6", "8") and beachball.FACTORS[2].kind == "cyclic"
    background = 255 * beachball.BACKGROUND.transpose(1, 2, 0)

    def ball(img):
        return np.abs(img.astype(float) - background).max(-1) > 40

    low, high = (ball(beachball.render(h, 0.5, 0.0, 0)) for h in (0.0, 1.0))
    assert _rows_cols(low)[0].min() - _rows_cols(high)[0].min() == pytest.approx(24, abs=1)
    small, large = (ball(beachball.render(0.5, s, 0.0, 0)) for s in (0.0, 1.0))
    assert len(_rows_cols(large)[1]) - len(_rows_cols(small)[1]) == pytest.approx(16, abs=2)

    def colours(img):  # which of red, yellow, blue and green the ball shows
        img = img.astype(int)
        r, g, b = img[..., 0], img[..., 1], img[..., 2]
        masks = ((r > 150) & (g < 90) & (b < 90), (r > 150) & (g > 120) & (b < 80),
                 (b > 120) & (r < 90) & (g < 130), (g > 100) & (r < 90) & (b < 110))
        return tuple(int((m & ball(img)).sum()) > 10 for m in masks)

    assert [colours(beachball.render(0.5, 1.0, 0.1, code)) for code in range(3)] == [
        (True, False, True, False), (True, True, True, False), (True, True, True, True)]
    for code in range(3):
        turns = [beachball.render(0.5, 0.5, t, code).astype(int) for t in (0.0, 0.5, 1.0)]
        assert np.abs(turns[0] - turns[2]).max() <= 1 and np.abs(turns[0] - turns[1]).mean() > 2.5


def test_bee_x_moves_the_bee_wings_rise_bands_widen_and_the_flower_grows():
    from latentexplainer.data import bee

    def black(img):
        return img.astype(int).max(-1) < 40

    left, right = (black(bee.render(x, 0.5, 0.5, 0.0)) for x in (0.0, 1.0))
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(26, abs=0.5)
    assert left.sum() == right.sum()  # the same bee, moved
    thin, wide = (black(bee.render(0.5, 0.5, w, 0.0)).sum() for w in (0.0, 1.0))
    assert wide > thin + 60
    background = 255 * bee.BACKGROUND.transpose(1, 2, 0)
    high = [(np.abs(bee.render(0.5, r, 0.5, 0.0).astype(float) - background).max(-1) > 30)[:10].sum()
            for r in (0.0, 0.25, 0.5)]
    assert high[0] == 0 and high[1] > 5 and high[2] > high[1] + 10  # the wings rise above the bee

    def petals(img):
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 2] > 180) & (img[..., 1] < 150)

    short, tall = (petals(bee.render(0.0, 0.5, 0.5, h)) for h in (0.0, 1.0))
    assert _rows_cols(short)[0].min() - _rows_cols(tall)[0].min() == 22 and short.sum() == tall.sum()



def test_tractor_bucket_rises_the_closed_cab_has_a_window_and_the_paint_hue_wraps():
    from latentexplainer.data import tractor

    def bucket(img):  # the steel bucket
        return np.abs(img.astype(float) - 255 * np.array(tractor.STEEL)).max(-1) < 10

    low, high = (_rows_cols(bucket(tractor.render(0.5, r, 0.5, 0, 0.0)))[0] for r in (0.0, 1.0))
    assert low.max() >= 52 and high.max() <= low.max() - 25

    def glass(img):
        return (np.abs(img.astype(float) - 255 * np.array(tractor.GLASS)).max(-1) < 10).sum()

    assert [glass(tractor.render(0.5, 0.0, 0.5, code, 0.0)) > 40 for code in range(3)] == [False, False, True]
    hues = [tractor.render(0.5, 0.5, 0.5, 0, h).astype(int) for h in (0.0, 1.0)]
    assert np.abs(hues[0] - hues[1]).max() <= 1


def test_crab_eye_stalks_lift_the_eyes_and_the_tide_brings_the_sea_down():
    from latentexplainer.data import crab

    def eyes(img):
        return img.astype(int).max(-1) < 40

    short, long = (_rows_cols(eyes(crab.render(0.5, 0.0, e, 0.0, 0.0)))[0].min() for e in (0.0, 1.0))
    assert short - long == pytest.approx(8, abs=1)

    def sea(img):
        img = img.astype(int)
        return ((img[..., 2] - img[..., 0] > 60) & (img[..., 1] < 170)).sum(0).mean()

    low, high = (sea(crab.render(0.5, 0.5, 0.5, 0.0, t)) for t in (0.0, 1.0))
    assert high - low == pytest.approx(17, abs=2)


def test_pizza_slices_taken_bare_the_board_and_a_whole_turn_is_the_same_pizza():
    from latentexplainer.data import pizza

    def board(img):  # bare board inside the pizza's crust
        mask = np.abs(img.astype(float) - 255 * np.array(pizza.BOARD)).max(-1) < 15
        x, y = np.meshgrid(np.arange(64) + 0.5, np.arange(64) + 0.5)
        return (mask & (np.hypot(x - 32, y - 32) < 20)).sum()

    counts = [board(pizza.render(code, 0.3, 0.5, 0.5, 0.5)) for code in range(4)]
    assert counts[0] == 0 and all(np.diff(counts) > 100)
    turns = [pizza.render(2, t, 0.5, 0.5, 0.5).astype(int) for t in (0.0, 1.0)]
    assert np.abs(turns[0] - turns[1]).max() <= 1


def test_ferriswheel_gondola_count_is_the_number_of_gondolas_and_lights_brighten_the_rim():
    from scipy import ndimage

    from latentexplainer.data import ferriswheel

    background = 255 * ferriswheel.BACKGROUND.transpose(1, 2, 0)

    def gondolas(img):  # strongly coloured, not the sky
        img = img.astype(float)
        mask = (img.max(-1) - img.min(-1) > 100) & (np.abs(img - background).max(-1) > 60)
        labels, count = ndimage.label(mask)
        return int((np.bincount(labels.ravel())[1:] >= 10).sum())

    assert [gondolas(ferriswheel.render(0.1, code, 0.5, 0.0)) for code in range(3)] == [6, 8, 10]
    off, on = (ferriswheel.render(0.1, 1, 0.5, b).astype(float).sum() for b in (0.0, 1.0))
    assert on > off + 255 * 150


def test_jellyfish_tentacles_lengthen_and_grow_in_number_and_the_bell_squeezes():
    from latentexplainer.data import jellyfish

    background = 255 * jellyfish.WATER.transpose(1, 2, 0)

    def body(img):
        return np.abs(img.astype(float) - background).max(-1) > 40

    short, long = (_rows_cols(body(jellyfish.render(0.5, 0.5, t, 0, 0.0)))[0].max() for t in (0.0, 1.0))
    assert long - short == pytest.approx(24, abs=1)
    counts = [body(jellyfish.render(0.5, 0.5, 1.0, code, 0.0))[40:56].sum() for code in range(3)]
    assert counts[0] < counts[1] < counts[2]
    wide, tall = (body(jellyfish.render(0.5, s, 0.0, 0, 0.0))[:25] for s in (0.0, 1.0))
    assert len(_rows_cols(wide)[1]) > len(_rows_cols(tall)[1]) + 8
    assert _rows_cols(tall)[0].min() < _rows_cols(wide)[0].min() - 5


def test_swing_angle_swings_the_seat_forwards_and_the_rope_lowers_it():
    from latentexplainer.data import swing

    def seat(img):
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 1] < 80) & (img[..., 2] < 80)

    back, front = (seat(swing.render(a, 0.5, 0, 0)) for a in (-1.0, 1.0))
    assert _centroid_x(front[..., None]) - _centroid_x(back[..., None]) > 25
    short, long = (_rows_cols(seat(swing.render(0.0, r, 0, 0)))[0].mean() for r in (0.0, 1.0))
    assert long - short == pytest.approx(18, abs=1)



def test_pancakes_stack_up_take_syrup_and_butter_brown_and_sit_on_a_plate_whose_hue_wraps():
    from latentexplainer.data import pancakes

    background = 255 * pancakes.BACKGROUND.transpose(1, 2, 0)

    def top_row(img):  # the highest row where the stack (with its butter) stands out from the wall
        return _rows_cols(np.abs(img.astype(float) - background).max(-1)[:, 10:54] > 40)[0].min()

    tops = [top_row(pancakes.render(code, 0.0, 0.0, 0.5, 0.5)) for code in range(4)]
    assert list(np.diff(tops)) == [-6, -6, -6]  # each pancake 6 px thick

    def syrup(img):  # dark amber: much redder than green, hardly any blue
        img = img.astype(int)
        return ((img[..., 0] - img[..., 1] > 55) & (img[..., 2] < 50)).sum()

    amounts = [syrup(pancakes.render(2, s, 0.5, 0.0, 0.5)) for s in (0.0, 0.5, 1.0)]
    assert amounts[0] == 0 and amounts[1] > 80 and amounts[2] > amounts[1] + 80

    def butter(img):
        return (np.abs(img.astype(float) - 255 * np.array(pancakes.BUTTER)).max(-1) < 12).sum()

    small, large = (butter(pancakes.render(1, 0.0, b, 0.5, 0.5)) for b in (0.0, 1.0))
    assert small >= 3 and large > 6 * small
    pale, brown = (pancakes.render(0, 0.0, 0.0, b, 0.5)[38:49, 16:48].astype(float).mean() for b in (0.0, 1.0))
    assert pale > brown + 30
    rims = [pancakes.render(1, 0.5, 0.5, 0.5, h)[50, 8].astype(int) for h in (0.0, 0.5)]  # the plate's rim
    assert rims[0][0] > rims[0][2] + 80 and rims[1][2] > rims[1][0] + 80
    wrap = [pancakes.render(1, 0.5, 0.5, 0.5, h).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_caterpillar_bends_grows_wears_its_markings_changes_hue_and_the_leaf_is_eaten():
    from latentexplainer.data import caterpillar

    background = 255 * caterpillar.BACKGROUND.transpose(1, 2, 0)

    def body(img):  # the caterpillar, on the uneaten leaf
        return np.abs(img.astype(float) - background).max(-1) > 40

    def tail_row(img):  # mean row of the caterpillar's left end
        return np.nonzero(body(img)[:, :14])[0].mean()

    up, straight, down = (tail_row(caterpillar.render(b, 1, 0, 0.0, 0.0)) for b in (-1.0, 0.0, 1.0))
    assert up < 26 and abs(straight - 32) < 1 and down > 38
    def black(img):
        return img.astype(int).max(-1) < 40

    # two more segments, 5.8 px apart: the tail reaches further left and the head (its black eyes
    # and feelers) moves right, each by one segment
    plains = [caterpillar.render(0.0, code, 0, 0.0, 0.0) for code in range(3)]
    tails = [_rows_cols(body(img))[1].min() for img in plains]
    heads = [np.nonzero(black(img))[1].mean() for img in plains]
    assert np.diff(tails) == pytest.approx([-5.8, -5.8], abs=1) and np.diff(heads) == pytest.approx([5.8, 5.8], abs=0.5)

    def dark(img):  # black marks on the body, short of the head with its black eyes and feelers
        return img.astype(int)[:42, 9:41].max(-1) < 70

    plain, spotted, striped = (dark(caterpillar.render(0.0, 1, code, 0.0, 0.0)) for code in range(3))
    assert plain[22:].sum() == 0
    sides, back = np.r_[27:30, 34:37], np.r_[31:33]  # the body's middle is at y = 32 px
    assert spotted[sides].sum() > 40 and striped[sides].sum() < 10
    assert striped[back].sum() > 40 and striped[back].sum() > 2 * spotted[back].sum()
    reds = [caterpillar.render(0.0, 1, 0, h, 0.0)[30, 20].astype(int) for h in (0.0, 0.5)]
    assert reds[0][0] > reds[0][1] + 100 and reds[1][1] > reds[1][0] + 100
    wrap = [caterpillar.render(0.3, 1, 1, h, 0.4).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1

    def soil(img):  # dark brown soil showing through the leaf's lower left
        img = img.astype(int)[40:58, :34]
        return ((img[..., 1] < 90) & (img[..., 0] > img[..., 2])).sum()

    whole, eaten = (soil(caterpillar.render(0.0, 0, 0, 0.5, e)) for e in (0.0, 1.0))
    assert eaten > whole + 100


def test_window_sash_slides_up_the_curtains_close_the_day_dawns_and_the_curtain_hue_wraps():
    from latentexplainer.data import window

    view = 255 * window.VIEW_DAY.transpose(1, 2, 0)
    shut, raised = (window.render(s, 0.0, 1.0, 0.0).astype(float) for s in (0.0, 1.0))
    below = np.s_[34:50, 20:30]  # the bottom of the window, between the sashes' side and middle bar
    assert np.abs(raised[below] - view[below]).max() <= 1  # open: nothing between the room and the view
    assert np.abs(shut[below] - view[below]).max() > 30  # shut: glass and the sash's bottom rail

    def frame_rows(img):  # white rows of the sashes' frames in one column of the window
        return np.nonzero(img[11:51, 24].min(-1) > 225)[0] + 11

    assert frame_rows(shut).max() >= 49 and frame_rows(raised).max() <= 34

    def curtain(img):  # the left curtain's width, red at hue 0
        row = img[40, :32].astype(int)
        return (row[:, 0] - row[:, 1] > 60).sum()

    widths = [curtain(window.render(0.5, c, 0.5, 0.0)) for c in (0.0, 1.0)]
    assert widths == pytest.approx([9, 30], abs=1.5)
    night, day = (window.render(0.0, 0.0, d, 0.5)[14:26, 20:29].astype(float).mean() for d in (0.0, 1.0))
    assert night < 90 and day > night + 100
    hues = [window.render(0.5, 0.5, 0.5, h)[40, 4].astype(int) for h in (0.0, 0.5)]
    assert hues[0][0] > hues[0][2] + 80 and hues[1][2] > hues[1][0] + 80
    wrap = [window.render(0.5, 0.5, 0.5, h).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_skyline_windows_light_up_buildings_multiply_and_grow_and_the_sky_darkens():
    from latentexplainer.data import skyline

    def lit(img):  # warm yellow window pixels
        img = img.astype(int)
        return ((img[..., 0] > 200) & (img[..., 2] < 150)).sum()

    counts = [lit(skyline.render(w, 0, 0.5, 1.0)) for w in (0.0, 0.5, 1.0)]
    assert counts[0] == 0 and 0.3 * counts[2] < counts[1] < 0.7 * counts[2]

    def buildings(img):  # above the street, against the night sky
        return img[:58, :, 0].astype(int) > 45

    def roofs(img):  # runs of columns sharing one roof line
        mask = buildings(img)
        tops = np.where(mask.any(0), mask.argmax(0), 58)
        edges = np.r_[0, np.nonzero(np.diff(tops))[0] + 1, len(tops)]
        return int((np.diff(edges) >= 4).sum())

    assert [roofs(skyline.render(0.5, code, 0.5, 1.0)) for code in range(4)] == [3, 4, 5, 6]
    low, tall = (_rows_cols(buildings(skyline.render(0.5, 0, h, 1.0)))[0].min() for h in (0.0, 1.0))
    assert low - tall == pytest.approx(30, abs=1)
    dusk, night = (skyline.render(0.5, 0, 0.0, t).astype(int) for t in (0.0, 1.0))
    assert dusk[2, 2].sum() > night[2, 2].sum() + 200 and dusk[34, 2, 0] > dusk[34, 2, 2] + 80


def test_toaster_pops_the_toast_up_browns_it_holds_one_or_two_slices_and_its_hue_wraps():
    from latentexplainer.data import toaster

    background = 255 * toaster.BACKGROUND.transpose(1, 2, 0)

    def toast_top(img):  # the highest row where the left slice stands out above the toaster
        return _rows_cols(np.abs(img.astype(float) - background).max(-1)[:28, 14:30] > 40)[0].min()

    low, high = (toast_top(toaster.render(h, 0.0, 0, 0.5)) for h in (0.0, 1.0))
    assert low - high == pytest.approx(20, abs=1)
    pale, dark = (toaster.render(1.0, b, 0, 0.5)[12:27, 16:27].astype(float).mean() for b in (0.0, 1.0))
    assert pale > dark + 100
    one, two = (toaster.render(1.0, 0.5, code, 0.5)[6:28, 33:52].astype(float) for code in range(2))
    assert np.abs(one - background[6:28, 33:52]).max() <= 1  # the right slot is empty
    assert (np.abs(two - background[6:28, 33:52]).max(-1) > 40).sum() > 200
    hues = [toaster.render(0.5, 0.5, 0, h)[38, 28].astype(int) for h in (0.0, 0.5)]
    assert hues[0][0] > hues[0][2] + 80 and hues[1][2] > hues[1][0] + 80
    wrap = [toaster.render(0.5, 0.5, 1, h).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_eye_opens_looks_aside_widens_its_pupil_changes_iris_hue_and_raises_its_brow():
    from latentexplainer.data import eye

    def white(img):
        return img.astype(int).min(-1) > 200

    shut, wide = (white(eye.render(o, 0.0, 0.5, 0.0, 0.5))[:, 14].sum() for o in (0.0, 1.0))
    assert shut <= 1 and wide >= 8

    def pupil(img):  # black pixels in the middle of the opening, below the lash line
        return img.astype(int)[35:43, 12:52].max(-1) < 40

    left, right = (np.nonzero(pupil(eye.render(1.0, g, 0.5, 0.0, 0.5)))[1].mean() for g in (-1.0, 1.0))
    assert right - left == pytest.approx(20, abs=1)
    small, large = (pupil(eye.render(1.0, 0.0, p, 0.0, 0.5)).sum() for p in (0.0, 1.0))
    assert small >= 4 and large > 5 * small
    irises = [eye.render(1.0, 0.0, 0.3, h, 0.5)[38, 39].astype(int) for h in (0.0, 0.5)]
    assert irises[0][0] > irises[0][1] + 60 and irises[1][1] > irises[1][0] + 60
    wrap = [eye.render(0.7, 0.2, 0.4, h, 0.3).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1

    def brow_row(img):
        return np.nonzero(img[:26, :, 0].astype(int) < 120)[0].mean()

    low, raised = (brow_row(eye.render(0.5, 0.0, 0.5, 0.0, b)) for b in (0.0, 1.0))
    assert low - raised == pytest.approx(7, abs=0.5)


def _reddish(img, margin=100):  # pixels far redder than they are green or blue (hue 0 parts)
    img = img.astype(int)
    return img[..., 0] - np.maximum(img[..., 1], img[..., 2]) > margin


def test_lantern_hangs_lower_changes_shape_glows_grows_its_tassel_and_its_hue_wraps():
    from latentexplainer.data import lantern

    high, low = (_rows_cols(_reddish(lantern.render(h, 0, 0.0, 1.0, 0.5), 60))[0] for h in (0.0, 1.0))
    assert low.min() - high.min() == pytest.approx(7, abs=1) and low.max() - high.max() == pytest.approx(7, abs=1)
    (r0, c0), (r1, c1), (r2, c2) = (_rows_cols(_reddish(lantern.render(0.5, s, 0.0, 1.0, 0.5), 60)) for s in range(3))
    assert len(r1) > len(r0) + 2 and len(c1) < len(c0) - 4  # the oval is taller and narrower than the round one
    assert len(r2) < len(r0) - 2  # the cylinder is squat
    dim, bright = (lantern.render(0.5, 0, 0.0, g, 0.5).astype(float) for g in (0.0, 1.0))
    assert bright[26:36, 28:36].mean() > dim[26:36, 28:36].mean() + 50  # the paper
    assert bright[30, 14].mean() > dim[30, 14].mean() + 20  # the halo beside it

    def tassel(img):  # golden pixels
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 160) & (img[..., 2] < 120)

    short, long = (tassel(lantern.render(0.5, 0, 0.5, 0.5, t)) for t in (0.0, 1.0))
    assert _rows_cols(long)[0].max() - _rows_cols(short)[0].max() == pytest.approx(12, abs=1)
    assert long.sum() > 4 * short.sum()
    wrap = [lantern.render(0.3, 1, h, 0.6, 0.4).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_snail_crawls_right_grows_its_shell_raises_its_feelers_and_stretches():
    from latentexplainer.data import snail

    def shell_x(img):
        return np.nonzero(_reddish(img, 60))[1].mean()

    left, right = (shell_x(snail.render(x, 0.5, 0.5, 0.5, 0.0)) for x in (0.0, 1.0))
    assert right - left == pytest.approx(7, abs=0.5)
    small, large = (_reddish(snail.render(0.5, s, 0.5, 0.5, 0.0), 60) for s in (0.0, 1.0))
    assert large.sum() > 2.5 * small.sum() and _rows_cols(large)[0].min() < _rows_cols(small)[0].min() - 10

    def eyes(img):  # the black eyes on the feelers' tips
        return np.nonzero(img.astype(int).max(-1) < 40)

    (fr, fc), (ur, uc), (br, bc) = (eyes(snail.render(0.5, 0.5, a, 0.5, 0.0)) for a in (0.0, 0.5, 1.0))
    assert fc.mean() > uc.mean() + 6 > bc.mean() + 12  # forwards, upright, tilted back
    assert fr.mean() > ur.mean() + 5  # pointing forwards, the eyes are lower

    def body(img):  # the pale body
        img = img.astype(int)
        return (img.min(-1) > 150) & (img[..., 0] > img[..., 2] + 20)

    short, long = (_rows_cols(body(snail.render(0.5, 0.5, 0.5, b, 0.0)))[1].max() for b in (0.0, 1.0))
    assert long - short == pytest.approx(12, abs=1)
    red, blue = (snail.render(0.5, 0.5, 0.5, 0.5, h)[36, 16].astype(int) for h in (0.0, 0.6))
    assert red[0] > red[2] + 100 and blue[2] > blue[0] + 100


def test_clocktower_hand_tells_the_hour_the_tower_rises_its_roof_changes_and_night_falls():
    from latentexplainer.data import clocktower

    def hand(img, height):  # the middle of the dark pixels round the clock's middle, from it
        cy = int(30 - 14 * height + 15.5)
        rows, cols = np.nonzero(img.astype(int)[cy - 8:cy + 8, 24:40].max(-1) < 60)
        return rows.mean() - 7.5, cols.mean() - 7.5

    (r12, c12), (r3, c3), (r6, c6), (r9, c9) = (hand(clocktower.render(h, 0.5, 0, 0.5, 0.5), 0.5) for h in (0, 3, 6, 9))
    assert r12 < -1.5 and r6 > 1.5 and c3 > 1.5 and c9 < -1.5
    wrap = [clocktower.render(h, 0.3, 2, 0.4, 0.6).astype(int) for h in (0.0, 12.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1

    def top(img):  # the highest row where the tower's middle column differs from the sky beside it
        img = img.astype(int)
        return np.nonzero(np.abs(img[:36, 32] - img[:36, 1]).max(-1) > 30)[0].min()

    for roof in range(3):
        low, high = (top(clocktower.render(0, t, roof, 1.0, 0.5)) for t in (0.0, 1.0))
        assert low - high == pytest.approx(14, abs=1)
    spire, dome, battlements = (top(clocktower.render(0, 1.0, roof, 1.0, 0.5)) for roof in range(3))
    assert spire < dome < battlements - 5
    night, day = (clocktower.render(0, 0.5, 0, d, 0.5).astype(int) for d in (0.0, 1.0))
    assert day[2, 2].sum() > night[2, 2].sum() + 300
    assert night[53, 7, 0] > 200 and night[53, 7, 2] < 120 and day[53, 7].max() < 60  # a house's window
    dark, pale = (clocktower.render(0, 0.5, 0, 1.0, s)[55:60, 20:26].astype(float).mean() for s in (0.0, 1.0))
    assert pale > dark + 80


def test_octopus_curls_its_arms_grows_its_head_and_eyes_and_the_water_brightens():
    from latentexplainer.data import octopus

    straight, curled = (_reddish(octopus.render(c, 0.5, 0.5, 0.0, 0.5)) for c in (0.0, 1.0))
    assert _rows_cols(straight)[0].max() > _rows_cols(curled)[0].max() + 6  # straight arms reach lower
    assert curled[:34, :16].sum() > 10 and straight[:34, :16].sum() == 0  # curled tips rise beside the head
    small, large = (_rows_cols(_reddish(octopus.render(0.5, s, 0.5, 0.0, 0.5)))[0].min() for s in (0.0, 1.0))
    assert small - large == pytest.approx(14, abs=1)

    def white(img):
        return (img.astype(int).min(-1) > 220).sum()

    assert white(octopus.render(0.5, 0.5, 0.0, 0.0, 0.5)) < 10 < 40 < white(octopus.render(0.5, 0.5, 1.0, 0.0, 0.5))
    wrap = [octopus.render(0.3, 0.6, 0.4, h, 0.7).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1
    dim, bright = (octopus.render(0.5, 0.5, 0.5, 0.0, w).astype(int) for w in (0.0, 1.0))
    assert bright[3, 30].sum() > dim[3, 30].sum() + 300 and bright[60, 32].sum() > dim[60, 32].sum() + 300


def test_hammock_sags_is_tied_higher_has_its_stripes_and_the_sun_rises():
    from scipy import ndimage

    from latentexplainer.data import hammock

    taut, deep = (_rows_cols(_reddish(hammock.render(s, 0.5, 0, 0.0, 0.5)))[0].max() for s in (0.0, 1.0))
    assert deep - taut == pytest.approx(12, abs=1)
    (low, _), (high, _) = (_rows_cols(_reddish(hammock.render(0.5, t, 0, 0.0, 0.5))) for t in (0.0, 1.0))
    assert low.min() - high.min() == pytest.approx(14, abs=1) and low.max() - high.max() == pytest.approx(14, abs=1)

    def stripes(img):  # white, not the pale sky
        img = img.astype(int)
        return ndimage.label((img.min(-1) > 200) & (img[..., 2] - img[..., 0] < 10))[1]

    assert [stripes(hammock.render(0.5, 0.5, code, h, 0.5)) for code in range(3) for h in (0.0, 0.8)] == \
        [2, 2, 3, 3, 4, 4]

    def sun(img):
        img = img.astype(int)
        return (img[..., 0] > 220) & (img[..., 1] > 150) & (img[..., 2] < 120)

    setting, high = (sun(hammock.render(0.5, 0.5, 0, 0.6, s)) for s in (0.0, 1.0))
    assert setting.sum() < 20 and high.sum() > 80 and _rows_cols(high)[0].min() <= 3


def test_rainbow_moves_grows_widens_gets_vivid_and_doubles():
    from latentexplainer.data import rainbow

    def vivid(img):
        img = img.astype(int)
        return img.max(-1) - img.min(-1) > 100

    left, right = (np.nonzero(vivid(rainbow.render(x, 0.5, 0.5, 1.0, 0)))[1].mean() for x in (0.0, 1.0))
    assert right - left > 10
    (small, _), (large, _) = (_rows_cols(vivid(rainbow.render(0.5, s, 0.5, 1.0, 0))) for s in (0.0, 1.0))
    assert small.min() - large.min() == pytest.approx(20, abs=1)
    narrow, wide = (vivid(rainbow.render(0.5, 0.5, w, 1.0, 0))[:, 32].sum() for w in (0.0, 1.0))
    assert narrow == pytest.approx(6, abs=1) and wide == pytest.approx(14, abs=1)
    assert not vivid(rainbow.render(0.5, 0.5, 0.5, 0.0, 0)).any() and vivid(rainbow.render(0.5, 0.5, 0.5, 1.0, 0)).sum() > 300
    single, double = (rainbow.render(0.5, 0.5, 0.5, 1.0, b).astype(int) for b in (0, 1))
    changed = np.nonzero(np.abs(double - single).max(-1)[:, 32] > 20)[0]
    assert len(changed) >= 6 and changed.max() < 26 - 6  # the second bow is outside (above) the first


def test_aquarium_fish_swims_right_changes_hue_bubbles_rise_the_plant_grows_and_ornaments_differ():
    from scipy import ndimage

    from latentexplainer.data import aquarium

    left, right = (_reddish(aquarium.render(x, 0.0, 0.0, 0.5, 1)) for x in (0.0, 1.0))
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(24, abs=0.5)
    assert left.sum() > 80 and abs(int(left.sum()) - int(right.sum())) <= 4  # the same fish, moved
    red, cyan = (aquarium.render(0.5, h, 0.5, 0.5, 0)[26, 32].astype(int) for h in (0.0, 0.5))
    assert red[0] > red[2] + 100 and cyan[2] > cyan[0] + 100
    wrap = [aquarium.render(0.3, h, 0.6, 0.4, 2).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1

    def bubbles(img):  # pale blobs in the column over the air stone
        return ndimage.label(img.astype(int)[12:44, 48:60].min(-1) > 180)[1]

    assert [bubbles(aquarium.render(0.5, 0.5, b, 0.5, 0)) for b in (0.0, 0.5, 1.0)] == [0, 5, 10]

    def plant_top(img):  # the highest row of green blades
        img = img.astype(int)
        return _rows_cols(img[..., 1] - np.maximum(img[..., 0], img[..., 2]) > 40)[0].min()

    assert plant_top(aquarium.render(0.5, 0.0, 0.5, 0.0, 0)) - plant_top(aquarium.render(0.5, 0.0, 0.5, 1.0, 0)) \
        == pytest.approx(26, abs=1)

    def kinds(img):  # pink shell, grey stone, golden bands
        img = img.astype(int)
        r, g, b = img[..., 0], img[..., 1], img[..., 2]
        pink = (r > 220) & (g > 140) & (g < 200) & (b > 110) & (b < 180)
        grey = (np.abs(r - g) < 8) & (b - r > 0) & (b - r < 20) & (r > 110) & (r < 150)
        gold = (r > 220) & (g > 170) & (b < 100)
        return tuple(int(m[28:46, 30:50].sum()) > 20 for m in (pink, grey, gold))

    assert [kinds(aquarium.render(0.0, 0.5, 0.0, 0.0, code)) for code in range(3)] == [
        (True, False, False), (False, True, False), (False, False, True)]


def test_campfire_moves_flares_smokes_darkens_and_its_tent_hue_wraps():
    from latentexplainer.data import campfire

    def flames(img):  # orange and yellow flame pixels
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 80) & (img[..., 2] < 110)

    left, right = (flames(campfire.render(x, 0.5, 0.0, 1.0, 0.6)) for x in (0.0, 1.0))
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(15, abs=0.5)
    low, high = (_rows_cols(flames(campfire.render(0.5, h, 0.0, 1.0, 0.6)))[0].min() for h in (0.0, 1.0))
    assert low >= 44 and low - high >= 15

    clear, thick = (campfire.render(0.5, 0.5, s, 1.0, 0.6).astype(int) for s in (0.0, 1.0))
    smoke = np.abs(thick - clear).max(-1) > 40
    assert smoke[:30].sum() > 150 and np.nonzero(smoke)[0].mean() < 30  # a plume up the sky
    grey = thick[:30][smoke[:30]]
    assert np.abs(grey[:, 0] - grey[:, 1]).max() < 15 and np.abs(grey[:, 1] - grey[:, 2]).max() < 25
    dusk, night = (campfire.render(0.5, 0.5, 0.0, n, 0.6).astype(int) for n in (0.0, 1.0))
    assert dusk[2, 2].sum() > night[2, 2].sum() + 200 and dusk[34, 2].sum() > night[34, 2].sum() + 300

    def stars(img):
        return (img.astype(int)[:34].min(-1) > 200).sum()

    assert stars(dusk) == 0 and stars(night) >= 8
    red, cyan = (campfire.render(0.5, 0.5, 0.5, 0.5, h)[43, 42].astype(int) for h in (0.0, 0.5))
    assert red[0] > red[2] + 80 and cyan[2] > cyan[0] + 80
    wrap = [campfire.render(0.3, 0.7, 0.4, 0.6, h).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_scarecrow_raises_its_arms_leans_wears_its_hat_hosts_a_crow_and_the_wheat_grows():
    from latentexplainer.data import scarecrow

    def shirt_row(img):  # the mean row of the denim pixels out to the sides, in the sleeves
        img = img.astype(int)
        denim = (img[..., 2] > img[..., 0] + 60) & (img[..., 1] < 130)
        denim[:, 24:40] = False
        return np.nonzero(denim)[0].mean()

    down, up = (shirt_row(scarecrow.render(r, 0.0, 0.0, 0, 0.0)) for r in (0.0, 1.0))
    assert down - up > 8
    left, right = (_centroid_x(_reddish(scarecrow.render(0.5, lean, 0.0, 0, 0.0))[..., None]) for lean in (-1.0, 1.0))
    assert right - left == pytest.approx(21.5, abs=1.5) and left < 32 < right
    red, cyan = (scarecrow.render(0.5, 0.0, h, 0, 0.5)[18, 30].astype(int) for h in (0.0, 0.5))
    assert red[0] > red[2] + 100 and cyan[2] > cyan[0] + 100
    wrap = [scarecrow.render(0.3, 0.4, h, 2, 0.6).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1

    def black(img):
        return img.astype(int).max(-1) < 40

    none, hat, arm = (black(scarecrow.render(0.5, 0.0, 0.5, code, 0.0)) for code in range(3))
    assert none.sum() < 30 and (hat & ~none).sum() > 60 and (arm & ~none).sum() > 60
    assert _rows_cols(hat & ~none)[0].max() < 18  # above the hat
    assert np.nonzero(arm & ~none)[1].mean() > 38 and np.nonzero(arm & ~none)[0].mean() > 25  # on the right arm

    def wheat_top(img):  # the highest golden row at the left edge
        img = img.astype(int)[:, 5]
        return np.nonzero((img[:, 0] > 220) & (img[:, 1] > 170) & (img[:, 2] < 120))[0].min()

    short, tall = (wheat_top(scarecrow.render(0.5, 0.0, 0.5, 0, w)) for w in (0.0, 1.0))
    assert short - tall == pytest.approx(15, abs=1)


def test_submarine_dives_raises_its_periscope_lights_its_portholes_and_its_hull_changes():
    from latentexplainer.data import submarine

    (shallow, _), (deep, _) = (_rows_cols(_reddish(submarine.render(d, 0.5, 0.0, 0.0, 0.5), 60)) for d in (0.0, 1.0))
    assert deep.min() - shallow.min() == pytest.approx(16, abs=1) and deep.max() - shallow.max() == pytest.approx(16, abs=1)

    def periscope_top(img):  # the highest pale yellow row
        img = img.astype(int)
        return np.nonzero((img[..., 0] > 200) & (img[..., 1] > 180) & (img[..., 2] < 150))[0].min()

    lowered, raised = (periscope_top(submarine.render(0.5, p, 0.0, 0.0, 0.5)) for p in (0.0, 1.0))
    assert lowered - raised == pytest.approx(19, abs=1)

    def lit(img):  # glowing yellow pixels along the hull (below the periscope)
        img = img.astype(int)[36:46, 18:46]
        return ((img[..., 0] > 220) & (img[..., 1] > 190) & (img[..., 2] < 170)).sum()

    dark, bright = (submarine.render(0.5, 0.5, g, 0.6, 0.5) for g in (0.0, 1.0))
    assert lit(dark) == 0 and lit(bright) > 40
    red, cyan = (submarine.render(0.5, 0.5, 0.0, h, 0.5)[39, 44].astype(int) for h in (0.0, 0.5))
    assert red[0] > red[2] + 100 and cyan[2] > cyan[0] + 100
    wrap = [submarine.render(0.3, 0.6, 0.4, h, 0.7).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1
    short, long = (len(_rows_cols(_reddish(submarine.render(0.5, 0.5, 0.0, 0.0, s), 60))[1]) for s in (0.0, 1.0))
    assert long - short == pytest.approx(20, abs=1)


def test_parrot_hops_along_spreads_its_wing_tilts_its_head_and_grows_its_tail():
    from latentexplainer.data import parrot

    left, right = (_reddish(parrot.render(x, 0.5, 0.0, 0.0, 0.5), 60) for x in (0.0, 1.0))
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(24, abs=0.5)

    def raised_wing(img):  # bird pixels up and behind the body
        return _reddish(img, 60)[:28, :24].sum()

    assert raised_wing(parrot.render(0.5, 0.0, 0.0, 0.0, 0.5)) < 5 < 40 < raised_wing(parrot.render(0.5, 1.0, 0.0, 0.0, 0.5))

    def beak(img):  # the dark beak and eye
        return np.nonzero(img.astype(int).max(-1) < 60)

    (dr, dc), (ur, uc) = (beak(parrot.render(0.5, 0.5, t, 0.0, 0.5)) for t in (-1.0, 1.0))
    assert dr.mean() > ur.mean() + 3 and len(dr) > 20 and len(ur) > 20
    red, cyan = (parrot.render(0.5, 0.5, 0.0, h, 0.5)[33, 34].astype(int) for h in (0.0, 0.5))
    assert red[0] > red[2] + 100 and cyan[2] > cyan[0] + 100
    wrap = [parrot.render(0.3, 0.6, 0.4, h, 0.7).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1
    short, long = (_rows_cols(_reddish(parrot.render(0.5, 0.5, 0.0, 0.0, t), 60))[0].max() for t in (0.0, 1.0))
    assert long - short == pytest.approx(12.5, abs=1)


def test_volcano_erupts_runs_lava_widens_changes_its_sky_and_gathers_ash():
    from latentexplainer.data import volcano

    def lava(img):  # orange and yellow lava pixels
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 60) & (img[..., 2] < 100)

    quiet, erupting = (lava(volcano.render(e, 0.0, 0.5, 0.6, 0.0))[:21].sum() for e in (0.0, 1.0))
    assert quiet == 0 and erupting > 100
    assert _rows_cols(lava(volcano.render(1.0, 0.0, 0.5, 0.6, 0.0)))[0].min() <= 3
    none, full = (lava(volcano.render(0.0, f, 0.5, 0.6, 0.0))[24:] for f in (0.0, 1.0))
    assert none.sum() == 0 and _rows_cols(full)[0].max() + 24 >= 52

    def base(img):  # the cone's dark rock along a row near its foot
        return (img.astype(int)[53].max(-1) < 110).sum()

    narrow, wide = (base(volcano.render(0.0, 0.0, w, 0.6, 0.0)) for w in (0.0, 1.0))
    assert wide - narrow == pytest.approx(24, abs=2)
    red, cyan = (volcano.render(0.5, 0.5, 0.5, h, 0.0)[2, 2].astype(int) for h in (0.0, 0.5))
    assert red[0] > red[2] + 60 and cyan[2] > cyan[0] + 60
    wrap = [volcano.render(0.3, 0.6, 0.4, h, 0.7).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1

    def ash(img):  # dark grey pixels in the sky
        img = img.astype(int)[:21]
        return ((np.abs(img[..., 0] - img[..., 1]) < 12) & (np.abs(img[..., 1] - img[..., 2]) < 12)
                & (img.max(-1) < 110)).sum()

    assert ash(volcano.render(0.0, 0.0, 0.5, 0.6, 0.0)) == 0 < 150 < ash(volcano.render(0.0, 0.0, 0.5, 0.6, 1.0))


def test_tortoise_walks_pokes_its_head_out_grows_its_shell_finds_leaves_and_its_shell_lightens():
    from scipy import ndimage

    from latentexplainer.data import tortoise

    def body(img):  # pixels off the sky and the sand, above the leaves
        on = np.abs(img.astype(float) - 255 * tortoise.BACKGROUND.transpose(1, 2, 0)).max(-1) > 40
        on[53:] = False
        return on

    left, right = (body(tortoise.render(x, 0.5, 0.5, 0.0, 0.5)) for x in (0.0, 1.0))
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(19, abs=0.5)

    def head(img):  # grey-green skin above the legs, ahead of the shell's middle
        img = img.astype(int)
        skin = (img[..., 1] > img[..., 0]) & (img[..., 1] > img[..., 2] + 25) & (img[..., 1] < 150)
        skin[45:], skin[:, :27] = False, False
        return skin

    tucked, out = (head(tortoise.render(0.5, h, 0.5, 0.0, 0.5)) for h in (0.0, 1.0))
    assert tucked.sum() == 0 and out.sum() > 60 and _rows_cols(out)[1].max() >= 50
    low, tall = (_rows_cols(body(tortoise.render(0.5, 0.0, s, 0.0, 0.5)))[0].min() for s in (0.0, 1.0))
    assert low - tall == pytest.approx(7, abs=1)

    def leaves(img):  # bright green leaves on the sand below the tortoise
        img = img.astype(int)[53:]
        return ndimage.label((img[..., 1] > 170) & (img[..., 1] > img[..., 0] + 40))[1]

    assert [leaves(tortoise.render(0.5, 0.5, 0.5, n, 0.5)) for n in (0.0, 0.25, 0.5, 0.75, 1.0)] == [0, 1, 2, 3, 4]
    dark, pale = (tortoise.render(0.5, 0.5, 0.5, 0.0, s)[40, 26].astype(int) for s in (0.0, 1.0))
    assert pale.sum() > dark.sum() + 250 and dark[0] > dark[2] + 40  # a brown shell either way


def test_giraffe_leans_and_grows_its_neck_changes_its_patches_and_the_tree_and_grass_move():
    from latentexplainer.data import giraffe

    def coat(img):  # the tan coat and its brown patches, above the grass
        img = img.astype(int)
        tan = np.abs(img - np.array([242, 199, 115])).max(-1) < 30
        brown = np.abs(img - np.array([140, 77, 31])).max(-1) < 30
        on = tan | brown
        on[44:] = False
        return on

    upright, ahead = (coat(giraffe.render(lean, 0.5, 0.5, 1.0, 0.0)) for lean in (0.0, 1.0))
    assert _rows_cols(upright)[0].min() < _rows_cols(ahead)[0].min() - 6  # the head is lower when leaning
    assert _centroid_x(ahead[:28, :, None]) > _centroid_x(upright[:28, :, None]) + 6  # and further ahead
    short, long = (_rows_cols(coat(giraffe.render(0.5, n, 0.5, 1.0, 0.0)))[0].min() for n in (0.0, 1.0))
    assert short - long >= 8

    def patches(img):
        return (np.abs(img.astype(int) - np.array([140, 77, 31])).max(-1) < 30)[:44].sum()

    assert patches(giraffe.render(0.5, 0.5, 1.0, 1.0, 0.0)) > 2 * patches(giraffe.render(0.5, 0.5, 0.0, 1.0, 0.0))

    def crown(img):  # the acacia's green leaves
        img = img.astype(int)
        return (img[..., 1] > img[..., 0] + 20) & (img[..., 1] > img[..., 2] + 30)

    left, right = (crown(giraffe.render(0.5, 0.5, 0.5, t, 0.0)) for t in (0.0, 1.0))
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(48, abs=3)

    def grass_top(img):  # the highest yellow grass at the left edge
        img = img.astype(int)[:, 2]
        return np.nonzero((img[:, 0] > 200) & (img[:, 1] > 170) & (img[:, 2] < 100))[0].min()

    short, tall = (grass_top(giraffe.render(0.5, 0.5, 0.5, 1.0, g)) for g in (0.0, 1.0))
    assert short - tall == pytest.approx(12, abs=1)


def test_helicopter_flies_lower_pitches_changes_hue_shines_its_light_and_lowers_its_crate():
    from latentexplainer.data import helicopter

    def row(mask):
        return np.nonzero(mask)[0].mean()

    high, low = (row(_reddish(helicopter.render(a, 0.0, 0.0, 0.0, 0.5))) for a in (0.0, 1.0))
    assert low - high == pytest.approx(14, abs=1)

    def nose_above_tail(img):  # how far the red nose is above the red tail boom
        red = _reddish(img)
        return row(red[:, :24]) - row(red[:, 36:])

    up, down = (nose_above_tail(helicopter.render(0.5, p, 0.0, 0.0, 0.5)) for p in (1.0, -1.0))
    assert up > 0 > down + 6
    red, cyan = (helicopter.render(0.5, 0.0, h, 0.0, 0.5)[22, 28].astype(int) for h in (0.0, 0.5))
    assert red[0] > red[2] + 100 and cyan[2] > cyan[0] + 100
    wrap = [helicopter.render(0.3, 0.4, h, 0.6, 0.7).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1
    off, on = (helicopter.render(0.5, 0.0, 0.5, s, 0.5).astype(int) for s in (0.0, 1.0))
    change = (on - off).sum(-1)
    assert (change < -3).sum() == 0 and (change > 60).sum() > 200  # a beam that only brightens
    assert np.nonzero(change > 60)[0].mean() > 40 and np.nonzero(change > 60)[1].mean() > 40  # down and ahead

    def crate_bottom(img):  # the lowest wooden pixel
        img = img.astype(int)
        wood = (img[..., 0] > 150) & (img[..., 1] > 100) & (img[..., 1] < 160) & (img[..., 2] < 100)
        return _rows_cols(wood)[0].max()

    short, long = (crate_bottom(helicopter.render(0.5, 0.0, 0.5, 0.0, r)) for r in (0.0, 1.0))
    assert long - short == pytest.approx(13, abs=1)


def test_spider_drops_its_web_has_its_rings_it_grows_curls_its_legs_and_the_garden_brightens():
    from latentexplainer.data import spider

    def yellow(img):  # the spider's abdomen
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 180) & (img[..., 2] < 100)

    high, low = (np.nonzero(yellow(spider.render(d, 0, 0.5, 0.5, 0.5)))[0].mean() for d in (0.0, 1.0))
    assert low - high == pytest.approx(30, abs=1)

    def rings(img):  # runs of silk along a line out from the hub, between two spokes
        img = img.astype(int)
        t, a = np.arange(3.5, 23.0, 0.25), np.deg2rad(198)
        xs, ys = np.round(24 + t * np.cos(a) - 0.5).astype(int), np.round(36 + t * np.sin(a) - 0.5).astype(int)
        on = img[ys, xs].min(-1) > 60
        return int(on[0]) + int((on[1:] & ~on[:-1]).sum())

    assert [rings(spider.render(0.5, code, 0.5, 0.5, 0.0)) for code in range(5)] == [2, 3, 4, 5, 6]
    assert yellow(spider.render(0.5, 0, 1.0, 0.5, 0.5)).sum() > 3 * yellow(spider.render(0.5, 0, 0.0, 0.5, 0.5)).sum()

    def legs_out(img):  # orange leg pixels well out to the sides of the body
        img = img.astype(int)
        leg = (img[..., 0] > 200) & (img[..., 1] > 120) & (img[..., 1] < 190) & (img[..., 2] < 90)
        leg[:, 36:53] = False
        return leg.sum()

    assert legs_out(spider.render(0.5, 0, 0.5, 1.0, 0.5)) == 0 < 25 < legs_out(spider.render(0.5, 0, 0.5, 0.0, 0.5))
    dusk, day = (spider.render(0.5, 0, 0.5, 0.5, d).astype(int) for d in (0.0, 1.0))
    assert day[60, 60].sum() > dusk[60, 60].sum() + 150 and day[30, 60].sum() > dusk[30, 60].sum() + 150


def test_telescope_tilts_up_lengthens_rises_on_its_tripod_shows_its_stars_and_the_moon_waxes():
    from scipy import ndimage

    from latentexplainer.data import telescope

    def white(img):  # the tube (with no stars out and a new moon, nothing else is white)
        return img.astype(int).min(-1) > 180

    level, steep = (_rows_cols(white(telescope.render(e, 0.5, 0.5, 0.0, 0.0)))[0].min() for e in (0.0, 1.0))
    assert level - steep >= 8
    short, long = (white(telescope.render(0.5, n, 0.5, 0.0, 0.0)).sum() for n in (0.0, 1.0))
    assert long > short + 35
    low, tall = (np.nonzero(white(telescope.render(0.5, 0.5, h, 0.0, 0.0)))[0].mean() for h in (0.0, 1.0))
    assert low - tall == pytest.approx(14, abs=0.5)
    none = telescope.render(0.5, 0.5, 0.5, 0.0, 0.0).astype(int)

    def stars(s):
        return ndimage.label(np.abs(telescope.render(0.5, 0.5, 0.5, s, 0.0).astype(int) - none).max(-1) > 100)[1]

    assert [stars(s) for s in (0.0, 0.5, 1.0)] == [0, 8, 16]

    def lit(img):  # the moon's bright part, in the upper left
        return white(img)[:22, :24]

    new, crescent, half, full = (lit(telescope.render(0.5, 0.5, 0.5, 0.0, p)) for p in (0.0, 0.25, 0.5, 1.0))
    assert new.sum() == 0 < crescent.sum() < half.sum() < full.sum() and full.sum() > 100
    assert np.nonzero(crescent)[1].mean() > 14  # the crescent lies on the moon's right (its middle at x = 12)


def test_rooster_greets_the_sunrise_stands_higher_crows_and_shows_off_its_tail():
    from latentexplainer.data import rooster

    def sun(img):  # the sun's bright disc, in the columns it rises in
        img = img.astype(int)[:, 42:58]
        return (img[..., 0] > 240) & (img[..., 1] > 90) & (np.abs(img - img[:1]).max(-1) > 20)

    dawn, morning = (rooster.render(r, 0.5, 0.0, 0.5, 0.5) for r in (0.0, 1.0))
    assert sun(dawn).sum() < 20 and sun(morning).sum() > 80 and np.nonzero(sun(morning))[0].mean() < 16
    assert morning[2, 60, 2] > dawn[2, 60, 2] + 60 and dawn[40, 60, 0] > dawn[40, 60, 2] + 80  # blue day, orange dawn

    def comb(img):  # the red comb and wattle
        return _reddish(img, 150)

    short, tall = (_rows_cols(comb(rooster.render(0.5, p, 0.0, 0.5, 0.5)))[0].min() for p in (0.0, 1.0))
    assert short - tall == pytest.approx(12, abs=1)

    def beak(img):  # the yellow beak, above the legs
        img = img.astype(int)
        on = (img[..., 0] > 220) & (img[..., 1] > 170) & (img[..., 2] < 110)
        on[38:] = False
        return on

    level, back = (rooster.render(0.5, 0.5, c, 0.5, 0.5) for c in (0.0, 1.0))
    assert _centroid_x(comb(back)[..., None]) < _centroid_x(comb(level)[..., None]) - 5  # the head goes back
    assert _rows_cols(beak(back))[0].min() < _rows_cols(beak(level))[0].min() - 2  # the beak points up
    red, cyan = (rooster.render(0.5, 0.5, 0.0, h, 1.0)[20, 14].astype(int) for h in (0.0, 0.5))
    assert red[0] > red[2] + 80 and cyan[2] > cyan[0] + 80
    wrap = [rooster.render(0.3, 0.6, 0.4, h, 0.7).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1

    def tail(img):  # cyan tail feathers
        img = img.astype(int)
        return (img[..., 2] > img[..., 0] + 80) & (img[..., 1] > img[..., 0] + 80)

    short, long = (tail(rooster.render(0.5, 0.5, 0.0, 0.5, t)) for t in (0.0, 1.0))
    assert long.sum() > short.sum() + 100 and _rows_cols(long)[1].min() < _rows_cols(short)[1].min() - 8


def test_frog_pad_x_carries_the_pad_and_the_frog_to_the_right():
    from latentexplainer.data import frog

    def frog_and_pad(img):  # pixels off the water, below the bank (no ripples)
        on = np.abs(img.astype(float) - 255 * frog.BACKGROUND.transpose(1, 2, 0)).max(-1) > 40
        on[:28] = False
        return on

    left, right = (frog_and_pad(frog.render(x, 0.5, 0.0, 0.5, 0.0)) for x in (0.0, 1.0))
    assert abs(int(left.sum()) - int(right.sum())) <= 3  # the same frog and pad, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(30, abs=0.5)


def test_carousel_horse_height_raises_the_horses_on_their_poles():
    from latentexplainer.data import carousel

    def horses(img):  # the white horses, inside the carousel under its roof
        on = img.astype(int).min(-1) > 200
        on[:25], on[51:], on[:, :9], on[:, 55:] = False, False, False, False
        return on

    low, high = (horses(carousel.render(0.0, h, 1, 0.5, 0.5)) for h in (0.0, 1.0))
    assert low.sum() == high.sum() > 40
    assert np.nonzero(low)[0].mean() - np.nonzero(high)[0].mean() == pytest.approx(12, abs=0.5)
    assert _centroid_x(low[..., None]) == pytest.approx(_centroid_x(high[..., None]), abs=0.1)  # straight up


def test_igloo_tunnel_length_carries_the_glowing_door_out_to_the_right():
    from latentexplainer.data import igloo

    def door(img):  # the warm orange doorway at the tunnel's end
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 130) & (img[..., 1] < 210) & (img[..., 2] < 140)

    stub, long = (door(igloo.render(0.5, 0.5, t, 0.0, 0.0)) for t in (0.0, 1.0))
    assert stub.sum() == long.sum() > 10
    assert _centroid_x(long[..., None]) - _centroid_x(stub[..., None]) == pytest.approx(14, abs=0.5)
    assert _rows_cols(long)[0].max() == _rows_cols(stub)[0].max() >= 52  # the door stays on the snow


def test_sundial_time_of_day_moves_the_sun_across_and_swings_the_shadow_the_other_way():
    from latentexplainer.data import sundial

    def sun(img):  # the sun's yellow disc in the sky
        img = img.astype(int)[:25]
        return (img[..., 0] > 240) & (img[..., 1] > 200) & (img[..., 2] < 160)

    def shadow(img):  # the gnomon's dark brown shadow on the bronze plate
        img = img.astype(int)
        return (img.sum(-1) < 170) & (img[..., 0] > img[..., 1] + 10)

    morning, noon, evening = (sundial.render(t, 0.5, 0.5, 0.5, 0.5) for t in (0.0, 0.5, 1.0))
    assert _centroid_x(sun(morning)[..., None]) > 50 and _centroid_x(sun(evening)[..., None]) < 14
    assert np.nonzero(sun(noon))[0].mean() < np.nonzero(sun(morning))[0].mean() - 6  # high at noon
    assert _centroid_x(shadow(morning)[..., None]) < 28 < 36 < _centroid_x(shadow(evening)[..., None])
    assert shadow(noon).sum() < shadow(morning).sum() / 2  # pointing back, mostly behind the gnomon


def test_crane_trolley_out_carries_the_hook_and_its_load_along_the_jib():
    from latentexplainer.data import crane

    def girder(img):  # the red steel girder (a midday sky, no red in it)
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 1] < 80) & (img[..., 2] < 80)

    near, far = (girder(crane.render(t, 0.5, 0.5, 0, 0.0)) for t in (0.0, 1.0))
    assert abs(int(near.sum()) - int(far.sum())) <= 2 and near.sum() > 50
    assert _centroid_x(far[..., None]) - _centroid_x(near[..., None]) == pytest.approx(23, abs=0.5)
    assert np.nonzero(near)[0].mean() == pytest.approx(np.nonzero(far)[0].mean(), abs=0.3)  # at the same height


def test_accordion_stretch_pulls_the_bellows_open():
    from latentexplainer.data import accordion

    def bellows(img):  # green bellows (hue 0.33)
        img = img.astype(int)
        return (img[..., 1] > img[..., 0] + 60) & (img[..., 1] > img[..., 2] + 60)

    def accordion_cols(img):  # columns off the curtain, above the stage
        on = np.abs(img.astype(float) - 255 * accordion.BACKGROUND.transpose(1, 2, 0)).max(-1) > 30
        return _rows_cols(on[:56])[1]

    shut, wide = (accordion.render(s, 0, 0.33, 0.0, 0.5) for s in (0.0, 1.0))
    assert len(_rows_cols(bellows(wide))[1]) - len(_rows_cols(bellows(shut))[1]) == pytest.approx(26, abs=1)
    assert len(accordion_cols(wide)) - len(accordion_cols(shut)) == pytest.approx(26, abs=1)
    assert _centroid_x(bellows(wide)[..., None]) == pytest.approx(32, abs=1)  # opening both ways


def test_kayak_x_carries_the_hull_right_and_paddle_tilt_dips_the_right_blade():
    from latentexplainer.data import kayak

    left, right = (_green(kayak.render(k, 0.0, 0.33, 0.5, 0.5)) for k in (0.0, 1.0))  # a green hull
    assert abs(int(left.sum()) - int(right.sum())) <= 3 and left.sum() > 100  # the same hull, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(14, abs=0.5)
    assert np.nonzero(left)[0].mean() == pytest.approx(np.nonzero(right)[0].mean(), abs=0.1)  # on the same water
    short, long = (_rows_cols(_green(kayak.render(0.5, 0.0, 0.33, k, 0.5)))[1] for k in (0.0, 1.0))
    assert len(long) - len(short) == pytest.approx(30, abs=1)

    def blades(img):  # the orange blades: mean row left and right of the paddler
        img = img.astype(int)
        on = (img[..., 0] > 200) & (img[..., 1] > 70) & (img[..., 1] < 150) & (img[..., 2] < 80)
        rows, cols = np.nonzero(on)
        return rows[cols < 32].mean(), rows[cols > 32].mean()

    (ll, lr), (rl, rr) = (blades(kayak.render(0.5, t, 0.33, 0.5, 0.5)) for t in (-0.6, 0.6))
    assert ll > lr + 15 and rr > rl + 15  # the left blade down, then the right one


def test_pinwheel_spin_repeats_every_half_turn_and_lean_carries_the_pin_sideways():
    from latentexplainer.data import pinwheel

    start, half = (pinwheel.render(s, 0.5, 0.6, 0.1, 0.5).astype(int) for s in (0.3, 0.3 + np.pi))
    assert np.abs(start - half).max() <= 1
    quarter = pinwheel.render(0.3 + np.pi / 2, 0.5, 0.6, 0.1, 0.5).astype(int)
    assert np.abs(start - quarter).mean() > 3  # a quarter turn swaps the coloured and white vanes

    def pin(img):  # the yellow pin (blue vanes, no flowers)
        img = img.astype(int)
        return (img[..., 0] > 220) & (img[..., 1] > 180) & (img[..., 2] < 100)

    left, right = (pin(pinwheel.render(0.0, 0.5, 0.6, lean, 0.0)) for lean in (-0.35, 0.35))
    assert left.sum() > 4 and right.sum() > 4
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(2 * 23 * np.sin(0.35), abs=1)
    assert np.nonzero(left)[0].mean() == pytest.approx(np.nonzero(right)[0].mean(), abs=1)  # level, either way


def test_beehive_boxes_raise_the_lid_and_lid_open_lifts_its_right_end():
    from latentexplainer.data import beehive

    def lid(img):  # the slate-grey lid (no bees)
        return np.abs(img.astype(int) - 255 * np.array(beehive.LID)).max(-1) < 12

    tops = [_rows_cols(lid(beehive.render(0.5, b, 0.0, 0.5, 0.0)))[0].min() for b in range(3)]
    assert tops[0] - tops[1] == tops[1] - tops[2] == 8  # one box (8 px tall) more each time
    shut, wide = (lid(beehive.render(0.5, 0, o, 0.5, 0.0)) for o in (0.0, 1.0))
    assert _rows_cols(wide)[0].min() < _rows_cols(shut)[0].min() - 15  # the right end lifted high
    assert abs(int(_rows_cols(wide)[1].min()) - int(_rows_cols(shut)[1].min())) <= 2  # the hinge stays put


def test_seesaw_tilt_lowers_one_end_and_raises_the_other_with_its_riders():
    from latentexplainer.data import seesaw

    def balls(img):  # the yellow balls: mean row on the left end minus on the right end
        img = img.astype(int)
        rows, cols = np.nonzero((img[..., 0] > 220) & (img[..., 1] > 180) & (img[..., 2] < 80))
        return rows[cols < 32].mean() - rows[cols > 32].mean()

    drop = 2 * (22.0 - 4.0) * np.sin(0.3)  # the riders sit 4 px in from the ends of a 44 px plank
    assert balls(seesaw.render(0.0, 0.5, 0.5, 1, 0.5)) == pytest.approx(0.0, abs=0.1)
    assert balls(seesaw.render(0.3, 0.5, 0.5, 1, 0.5)) == pytest.approx(-drop, abs=1)  # the right end down
    assert balls(seesaw.render(-0.3, 0.5, 0.5, 1, 0.5)) == pytest.approx(drop, abs=1)  # the left end down
    empty = seesaw.render(0.3, 0.5, 0.5, 0, 0.5)
    assert not (empty[..., 0].astype(int) - empty[..., 2] > 180).any()  # nothing yellow with no riders


def test_snowglobe_flakes_count_the_snowflakes_and_base_hue_wraps():
    from scipy import ndimage

    from latentexplainer.data import snowglobe

    none = snowglobe.render(0.5, 0.5, 0.3, 0.5, 0.0).astype(int)

    def flakes(v):
        on = np.abs(snowglobe.render(0.5, 0.5, 0.3, 0.5, v).astype(int) - none).max(-1) > 100
        return ndimage.label(on)[1]

    assert [flakes(v) for v in (0.0, 0.5, 1.0)] == [0, 6, 12]
    red, cyan = (snowglobe.render(0.5, 0.5, h, 0.5, 0.0)[53, 32].astype(int) for h in (0.0, 0.5))
    assert red[0] > red[2] + 100 and cyan[2] > cyan[0] + 100  # the base, under the globe
    wrap = [snowglobe.render(0.3, 0.4, h, 0.6, 0.7).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_weathervane_wind_dir_turns_the_gilded_head_round_the_pole():
    from latentexplainer.data import weathervane

    def gold(img):  # the gilded arrowhead, the ball on top and the compass's balls
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 150) & (img[..., 2] < 110)

    right, away, left, near = (gold(weathervane.render(a, 0.5, 0.5, 0, 0.0)) for a in np.arange(4) * np.pi / 2)
    assert _centroid_x(right[..., None]) > 36 > 28 > _centroid_x(left[..., None])
    assert _centroid_x(away[..., None]) == pytest.approx(31.5, abs=0.5) == _centroid_x(near[..., None])
    assert np.nonzero(away)[0].mean() < np.nonzero(near)[0].mean() - 6  # pointing back is up the image
    wrap = [weathervane.render(a, 0.4, 0.6, 2, 0.7).astype(int) for a in (0.0, 2 * np.pi)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_laptop_lid_open_raises_the_screen_and_screen_hue_recolours_only_it():
    from latentexplainer.data import laptop

    shut, wide = (_green(laptop.render(0.5, o, 1 / 3, 0.0, 0.5), 100) for o in (0.0, 1.0))  # a green screen
    rise = 24 * (np.sin(1.5) - np.sin(0.2))  # the lid's top edge, 24 px from the hinge
    assert _rows_cols(shut)[0].min() - _rows_cols(wide)[0].min() == pytest.approx(rise, abs=1)
    assert _rows_cols(wide)[0].max() == _rows_cols(shut)[0].max()  # the screen's foot stays
    assert np.array_equal(*(laptop.render(0.5, o, 0.3, 0.5, 0.5)[46:] for o in (0.0, 1.0)))  # the deck and desk stay
    red, cyan = (laptop.render(0.5, 0.5, h, 0.5, 0.5).astype(int) for h in (0.0, 0.5))
    changed = np.abs(red - cyan).max(-1) > 0
    rows, cols = _rows_cols(changed)
    assert changed.sum() > 150 and rows.max() < 44 and cols.min() >= 12 and cols.max() < 36  # only the screen
    assert red[36, 24, 0] > red[36, 24, 2] + 100 and cyan[36, 24, 2] > cyan[36, 24, 0] + 100


def test_metronome_swing_tilts_the_arm_and_weight_height_slides_the_weight_up():
    from latentexplainer.data import metronome

    def brass(img):  # the brass weight's bright face (blue wallpaper, walnut body)
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 150) & (img[..., 2] < 100)

    left, right = (brass(metronome.render(s, 0.5, 0.5, 0, 0.5)) for s in (-0.5, 0.5))
    along = 0.56 * 38.0  # the weight's middle up the arm: 0.56 of the arm (38 px long at this height)
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(2 * along * np.sin(0.5), abs=1)
    assert _centroid_x(left[..., None]) < 26 and _centroid_x(right[..., None]) > 36
    assert np.nonzero(left)[0].mean() == pytest.approx(np.nonzero(right)[0].mean(), abs=1.5)  # as high either way
    low, high = (brass(metronome.render(0.0, w, 0.5, 0, 0.5)) for w in (0.0, 1.0))
    assert np.nonzero(low)[0].mean() - np.nonzero(high)[0].mean() == pytest.approx(0.72 * 38.0, abs=1)
    assert _centroid_x(low[..., None]) == pytest.approx(_centroid_x(high[..., None]), abs=0.3)  # straight up


def test_windsock_wind_lifts_the_sock_and_pole_x_carries_it_right():
    from latentexplainer.data import windsock

    def orange(img):  # the sock's bright orange bands
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 70) & (img[..., 1] < 160) & (img[..., 2] < 80)

    limp, out = (orange(windsock.render(w, 0.5, 0.5, 0.5, 0.5)) for w in (0.0, 1.0))
    assert np.nonzero(limp)[0].mean() > np.nonzero(out)[0].mean() + 8  # hanging down, then straight out
    assert _rows_cols(out)[1].max() > _rows_cols(limp)[1].max() + 6  # the tail reaches further right
    left, right = (orange(windsock.render(0.5, 0.5, x, 0.5, 0.5)) for x in (0.0, 1.0))
    assert abs(int(left.sum()) - int(right.sum())) <= 3 and left.sum() > 40  # the same sock, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(16, abs=0.5)
    assert np.nonzero(left)[0].mean() == pytest.approx(np.nonzero(right)[0].mean(), abs=0.3)


def test_clothesline_shirts_count_the_shirts_and_sag_lowers_them():
    from scipy import ndimage

    from latentexplainer.data import clothesline

    def shirts(img):  # the green shirts (hue 1/3), greener than the lawn and the hedge
        return _green(img, 100)

    for code in range(3):
        on = shirts(clothesline.render(0.5, code, 1 / 3, 0.0, 0.5))
        assert ndimage.label(on[28:40])[1] == code + 1  # their bodies, below the sleeves
    taut, deep = (shirts(clothesline.render(s, 0, 1 / 3, 0.0, 0.5)) for s in (0.0, 1.0))
    assert _rows_cols(deep)[0].min() - _rows_cols(taut)[0].min() == pytest.approx(11, abs=1)
    assert _centroid_x(taut[..., None]) == pytest.approx(_centroid_x(deep[..., None]), abs=0.3)  # straight down


def test_birdhouse_hole_size_widens_only_the_hole_and_lean_tips_the_roof():
    from latentexplainer.data import birdhouse

    def hole(img):  # the near-black entrance hole
        return img.astype(int).max(-1) < 40

    small, large = (birdhouse.render(0.5, 0.5, h, 0.0, 0.5) for h in (0.0, 1.0))
    assert hole(large).sum() - hole(small).sum() == pytest.approx(np.pi * (5.5**2 - 1.1**2), rel=0.15)
    far = np.hypot(np.arange(64)[None, :] + 0.5 - 32.0, np.arange(64)[:, None] + 0.5 - (43.0 - 0.85 * 11.0)) > 7
    assert np.array_equal(small[far], large[far])  # nothing else changes

    def roof(img):  # the slate roof's upper slab
        return np.abs(img.astype(int) - 255 * np.array(birdhouse.ROOF)).max(-1) < 12

    left, upright, right = (roof(birdhouse.render(0.5, 0.5, 0.5, a, 0.5)) for a in (-0.35, 0.0, 0.35))
    assert _centroid_x(upright[..., None]) == pytest.approx(32, abs=0.5)
    assert _centroid_x(left[..., None]) < 28 and _centroid_x(right[..., None]) > 36
    assert (_centroid_x(left[..., None]) + _centroid_x(right[..., None])) / 2 == pytest.approx(32, abs=0.5)


def test_basketball_ball_x_carries_the_ball_right_and_door_open_rolls_the_door_up():
    from latentexplainer.data import basketball

    def orange(img):  # the basketball's orange leather (not the red rim)
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 80) & (img[..., 1] < 160) & (img[..., 2] < 70)

    left, right = (orange(basketball.render(x, 0.5, 0.5, 0, 0.5)) for x in (0.0, 1.0))
    assert abs(int(left.sum()) - int(right.sum())) <= 3 and left.sum() > 30  # the same ball, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(44, abs=0.5)
    assert np.nonzero(left)[0].mean() == pytest.approx(np.nonzero(right)[0].mean(), abs=0.2)

    def door(img):  # the white door panel, in the doorway
        on = img.astype(int).min(-1) > 215
        on[:, :38], on[:, 58:] = False, False
        return on

    shut, half, wide = (basketball.render(0.0, 0.5, 0.5, 0, o) for o in (0.0, 0.5, 1.0))
    assert [_rows_cols(door(img))[0].max() for img in (shut, half, wide)] == pytest.approx([51, 38.5, 26], abs=1.5)
    assert np.array_equal(shut[:, :36], wide[:, :36])  # the hoop and the ball stay


def test_lawnmower_x_carries_the_mower_right_and_grass_height_raises_the_uncut_grass():
    from latentexplainer.data import lawnmower

    def hood(img):  # the red engine hood (no red anywhere else)
        img = img.astype(int)
        return (img[..., 0] > 180) & (img[..., 1] < 80) & (img[..., 2] < 80)

    left, right = (hood(lawnmower.render(x, 0.8, 0.5, 0, 0.5)) for x in (0.0, 1.0))
    assert abs(int(left.sum()) - int(right.sum())) <= 2 and left.sum() > 30  # the same mower, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(16, abs=0.5)
    assert np.nonzero(left)[0].mean() == pytest.approx(np.nonzero(right)[0].mean(), abs=0.1)

    def uncut(img):  # the dark green uncut grass
        return np.abs(img.astype(int) - 255 * np.array(lawnmower.UNCUT)).max(-1) < 10

    short, tall = (uncut(lawnmower.render(0.5, 0.8, g, 0, 0.5)) for g in (0.0, 1.0))
    assert _rows_cols(short)[0].min() - _rows_cols(tall)[0].min() == pytest.approx(10.5, abs=1)
    assert _rows_cols(short)[1].min() == _rows_cols(tall)[1].min()  # starting at the same place, ahead of it


def test_chandelier_candles_count_the_candles_and_chain_length_lowers_it():
    from scipy import ndimage

    from latentexplainer.data import chandelier

    for code, count in enumerate(chandelier.COUNTS):
        wax = chandelier.render(0.5, 0.0, code, 1.0, 0.0).astype(int).min(-1) > 200  # unlit: no glow
        assert ndimage.label(wax)[1] == count

    def brass(img):
        img = img.astype(int)
        return (img[..., 0] > 190) & (img[..., 1] > 140) & (img[..., 2] < 100)

    high, low = (brass(chandelier.render(c, 0.0, 0, 0.5, 0.0)) for c in (0.0, 1.0))
    assert _rows_cols(low)[0].max() - _rows_cols(high)[0].max() == 12  # the chain 12 px longer
    assert _centroid_x(high[..., None]) == pytest.approx(32, abs=0.5) == _centroid_x(low[..., None])


def test_wheelbarrow_soil_heaps_a_mound_and_lift_raises_the_handles():
    from latentexplainer.data import wheelbarrow

    def soil(img):
        return np.abs(img.astype(int) - 255 * np.array(wheelbarrow.SOIL)).max(-1) < 12

    heaps = [int(soil(wheelbarrow.render(0.5, 0.0, s, 0.3, 0.5)).sum()) for s in (0.0, 0.5, 1.0)]
    assert heaps[0] == 0 and heaps[1] > 30 and heaps[2] > 2 * heaps[1]  # empty, then a growing mound

    def handles(img):  # the wooden handles and leg
        return np.abs(img.astype(int) - 255 * np.array(wheelbarrow.HANDLE)).max(-1) < 12

    rest, up = (handles(wheelbarrow.render(0.5, t, 0.0, 0.3, 0.5)) for t in (0.0, 0.35))
    assert _rows_cols(rest)[0].min() - _rows_cols(up)[0].min() >= 10  # the grips are lifted
    assert _rows_cols(rest)[0].max() - _rows_cols(up)[0].max() >= 5  # the leg leaves the path


def test_blimp_pitch_raises_its_nose_and_envelope_hue_wraps():
    from latentexplainer.data import blimp

    def red(img):  # the envelope and fins at hue 0
        img = img.astype(int)
        return img[..., 0] > img[..., 2] + 80

    for pitch, sign in ((0.3, 1), (-0.3, -1)):
        rows, cols = np.nonzero(red(blimp.render(0.5, 0.5, pitch, 0.5, 0.0)))
        assert sign * (rows[cols < 24].mean() - rows[cols > 40].mean()) > 4  # nose (right) above the tail
    low, high = (red(blimp.render(0.5, a, 0.0, 0.5, 0.0)) for a in (0.0, 1.0))
    assert np.nonzero(low)[0].mean() - np.nonzero(high)[0].mean() == pytest.approx(19, abs=0.5)
    assert abs(int(low.sum()) - int(high.sum())) <= 4
    wrap = [blimp.render(0.3, 0.4, 0.1, 0.6, h).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_fireplace_logs_stack_up_and_screen_open_bares_the_fire():
    from latentexplainer.data import fireplace

    def birch(img):
        return np.abs(img.astype(int) - 255 * np.array(fireplace.BIRCH)).max(-1) < 12

    tops = [_rows_cols(birch(fireplace.render(0.5, k, 1.0, 0.3, 0.5)))[0].min() for k in range(3)]
    assert tops[0] - tops[1] >= 4 and tops[1] - tops[2] >= 4  # each log on top of the last

    def fire(img):  # bright flame pixels, not dimmed by the mesh
        img = img.astype(int)
        return (img[..., 0] > 220) & (img[..., 1] > 80) & (img[..., 2] < 120)

    shut, half, wide = (fire(fireplace.render(1.0, 0, o, 0.3, 0.5)) for o in (0.0, 0.5, 1.0))
    assert shut.sum() == 0 and 0 < half.sum() < wide.sum()
    dim, lit = (fireplace.render(0.5, 0, 1.0, 0.3, light).astype(int) for light in (0.0, 1.0))
    assert lit[5, 5].sum() > dim[5, 5].sum() + 150  # the wall brightens
    assert np.array_equal(fire(dim), fire(lit))  # the fire does not


def test_treehouse_swing_carries_the_tyre_sideways_and_house_height_raises_the_house():
    from latentexplainer.data import treehouse

    def tyre(img):  # the black tyre, right of the house's dark window
        on = img.astype(int).max(-1) < 40
        on[:, :33] = False
        return on

    left, right = (tyre(treehouse.render(0.5, s, 0.0, 0.5, 0.0)) for s in (-0.45, 0.45))
    assert abs(int(left.sum()) - int(right.sum())) <= 2 and left.sum() > 30
    reach = treehouse.ROPE_LEN + treehouse.TYRE_R  # the tyre's middle from the branch
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(2 * reach * np.sin(0.45), abs=1)
    assert np.nonzero(left)[0].mean() == pytest.approx(np.nonzero(right)[0].mean(), abs=0.3)

    def roof(img):  # the red roof (hue 0), the only red in the picture
        img = img.astype(int)
        return (img[..., 0] > img[..., 1] + 100) & (img[..., 0] > img[..., 2] + 100)

    low, high = (roof(treehouse.render(h, 0.0, 0.0, 0.5, 0.0)) for h in (0.0, 1.0))
    assert _rows_cols(low)[0].min() - _rows_cols(high)[0].min() == 12
    wrap = [treehouse.render(0.3, 0.2, h, 0.6, 0.7).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_trophy_stem_height_lifts_the_cup_and_handle_size_widens_it():
    from latentexplainer.data import trophy

    def gold(img):  # the gold metal, lit, in shade or in the handles (the curtain is blue at hue 0.65)
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 0] - img[..., 2] > 100)

    short, tall = (trophy.render(0.5, s, 0.5, 0, 0.65) for s in (0.0, 1.0))
    assert _rows_cols(gold(short))[0].min() - _rows_cols(gold(tall))[0].min() == 10  # the stem 10 px taller
    assert np.array_equal(short[46:], tall[46:])  # the plinth and the shelf stay
    small, large = (_rows_cols(gold(trophy.render(0.5, 0.5, h, 0, 0.65)))[1] for h in (0.0, 1.0))
    assert len(large) - len(small) == pytest.approx(10, abs=1)  # each loop reaches 5 px further out
    silver = trophy.render(0.5, 0.5, 0.5, trophy.METALS.index("silver"), 0.65).astype(int)
    assert not gold(silver).any()


def test_scissors_opening_spreads_the_blades_and_scissors_x_moves_them():
    from latentexplainer.data import scissors

    def steel(img):  # the blades' pale steel: bright and grey, unlike the mat and the handles
        img = img.astype(int)
        return (img.min(-1) > 150) & (img.max(-1) - img.min(-1) < 40)

    def tips_span(img):  # from the leftmost to the rightmost steel in the top rows of the blades
        cols = _rows_cols(steel(img)[:20])[1]
        return cols.max() - cols.min()

    shut, wide = (scissors.render(o, 0.0, 1.0, 0.0, 0.5) for o in scissors.RANGES[0])
    assert tips_span(wide) >= tips_span(shut) + 16
    left, right = (steel(scissors.render(0.4, 0.0, 0.5, 0.0, x)) for x in (0.0, 1.0))
    assert abs(int(left.sum()) - int(right.sum())) <= 2 and left.sum() > 40  # the same pair, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(12, abs=0.5)
    wrap = [scissors.render(0.3, 0.2, 0.6, h, 0.4).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_bowling_pins_knock_down_front_rows_and_the_ball_shrinks_down_the_lane():
    from scipy import ndimage

    from latentexplainer.data import bowling

    def white(img):  # the pins' white paint
        return img.astype(int).min(-1) > 200

    counts = [int(white(bowling.render(0.0, 0.0, c, 0.6, 0.5)).sum()) for c in range(3)]
    assert counts[0] > counts[1] > counts[2] > 0
    back_row = white(bowling.render(0.0, 0.0, bowling.PINS_LEFT.index("4"), 0.6, 0.5))
    assert ndimage.label(back_row.any(0))[1] == 4  # four pins side by side

    def ball(img):  # the blue ball (hue 0.6)
        img = img.astype(int)
        return img[..., 2] - img[..., 0] > 80

    near, far = (ball(bowling.render(d, 0.0, 0, 0.6, 0.5)) for d in (0.0, 1.0))
    assert np.nonzero(near)[0].mean() > np.nonzero(far)[0].mean() + 15  # further up the image
    assert near.sum() > 1.5 * far.sum()  # and smaller
    for img in (near, far):  # straight down the middle of the lane
        cols = _rows_cols(img)[1]
        assert (cols.min() + cols.max()) / 2 == pytest.approx(31.5, abs=1)


def test_parachute_altitude_lifts_it_and_swing_carries_the_figure_the_other_way():
    from latentexplainer.data import parachute

    def red(img):  # the canopy's red panels (hue 0)
        img = img.astype(int)
        return (img[..., 0] > img[..., 1] + 100) & (img[..., 0] > img[..., 2] + 100)

    low, high = (red(parachute.render(0.5, a, 0.0, 0.5, 0.0)) for a in (0.0, 1.0))
    assert _rows_cols(low)[0].min() - _rows_cols(high)[0].min() == 17
    assert low.sum() == high.sum()

    def suit(img):  # the parachutist's dark suit
        return np.abs(img.astype(int) - 255 * np.array(parachute.SUIT)).max(-1) < 10

    tilt_left, tilt_right = (parachute.render(0.5, 0.5, s, 0.5, 0.0) for s in (-0.4, 0.4))
    figure_shift = _centroid_x(suit(tilt_left)[..., None]) - _centroid_x(suit(tilt_right)[..., None])
    canopy_shift = _centroid_x(red(tilt_left)[..., None]) - _centroid_x(red(tilt_right)[..., None])
    assert figure_shift > 12 and canopy_shift < -2  # the figure swings right as the canopy leans left


def test_quilt_patches_count_across_and_border_width_narrows_them():
    from scipy import ndimage

    from latentexplainer.data import quilt

    def coloured(row):  # the blue patches (hue 0.6) along a row, inside the border
        row = row[12:52].astype(int)
        return (row.max(-1) - row.min(-1) > 60)

    for code, count in enumerate(quilt.GRIDS):
        img = quilt.render(code, 0.6, 0.0, 0.0, 0.0)
        assert ndimage.label(coloured(img[36]))[1] == int(count) // 2  # every other patch coloured

    def border(img):  # the dark blue border, along the middle row
        return int((np.abs(img[32].astype(int) - 255 * np.array(quilt.BORDER)).max(-1) < 12).sum())

    narrow, wide = (quilt.render(0, 0.3, 0.5, b, 0.0) for b in (0.0, 1.0))
    assert border(wide) - border(narrow) == pytest.approx(10, abs=1)  # 5 px more on each side
    wrap = [quilt.render(1, h, 0.4, 0.5, 0.1).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_watermelon_seeds_count_the_seeds_and_bite_eats_only_the_right_of_the_top():
    from scipy import ndimage

    from latentexplainer.data import watermelon

    def seeds(img):  # the black seeds: the only near-black pixels
        return img.astype(int).max(-1) < 60

    for value, count in ((0.0, 0), (0.1, 1), (0.5, 6), (1.0, 12)):
        assert ndimage.label(seeds(watermelon.render(1.0, 0.5, value, 0.0, 0.6)))[1] == count

    def flesh(img):  # the red flesh
        return np.abs(img.astype(int) - 255 * np.array(watermelon.FLESH)).max(-1) < 12

    whole, bitten = (flesh(watermelon.render(0.5, 0.5, 0.0, b, 0.6)) for b in (0.0, 1.0))
    assert whole.sum() - bitten.sum() > 60
    assert np.array_equal(whole[:, :28], bitten[:, :28])  # the left of the slice is untouched
    assert (whole & ~bitten)[:, 32:].any()



def test_present_lid_lift_raises_only_the_lid_and_its_bow():
    from latentexplainer.data import present

    def paper(img):  # the red wrapping paper (hue 0), the only red in the picture
        img = img.astype(int)
        return (img[..., 0] > img[..., 1] + 100) & (img[..., 0] > img[..., 2] + 100)

    shut, lifted = (present.render(lift, 0.5, 0, 0.0, 0.5) for lift in (0.0, 1.0))
    assert _rows_cols(paper(shut))[0].min() - _rows_cols(paper(lifted))[0].min() == 14  # 14 px higher
    assert np.array_equal(shut[int(present.BOX_TOP) + 1:], lifted[int(present.BOX_TOP) + 1:])  # the box stays
    inside = np.abs(lifted.astype(int) - 255 * np.array(present.INSIDE)).max(-1) < 12
    assert inside.sum() > 30 and not (np.abs(shut.astype(int) - 255 * np.array(present.INSIDE)).max(-1) < 12).any()


def test_fan_head_height_lifts_the_hub_and_blade_turn_repeats_every_third_of_a_turn():
    from latentexplainer.data import fan

    def hub(img):  # (row, column) of the dark hub, the only near-black pixels
        return np.argwhere(img.astype(int).max(-1) < 60).mean(0)

    low, high = (hub(fan.render(0.5, h, 0.5, 0.3, 0.3)) for h in (0.0, 1.0))
    assert low[0] - high[0] == pytest.approx(14, abs=0.5) and low[1] == pytest.approx(high[1], abs=0.5)
    assert fan.FACTORS[3].kind == "cyclic" and fan.FACTORS[3].period == pytest.approx(2 * np.pi / 3)
    start, third, sixth = (fan.render(0.4, 0.6, 0.5, t, 0.2).astype(int) for t in (0.0, fan.THIRD, fan.THIRD / 2))
    assert np.abs(start - third).max() <= 1  # three blades alike: a third of a turn looks the same
    assert np.abs(start - sixth).mean() > 3  # half of that puts the blades where the gaps were


def test_sandcastle_towers_count_the_flags_and_tide_brings_the_sea_up_the_beach():
    from scipy import ndimage

    from latentexplainer.data import sandcastle

    def pennants(img):  # the red pennants, one on each tower (the bucket is blue at hue 0.6)
        img = img.astype(int)
        return (img[..., 0] > img[..., 1] + 100) & (img[..., 0] > img[..., 2] + 100)

    for code, count in enumerate(sandcastle.TOWERS):
        assert ndimage.label(pennants(sandcastle.render(code, 0.5, 0.5, 0.6, 1.0)))[1] == int(count)

    def sea_rows(img):  # rows below the horizon at the left edge that are still blue sea
        column = img[sandcastle.HORIZON:, 0].astype(int)
        return int((column[:, 2] > column[:, 0] + 40).sum())

    low, high = (sea_rows(sandcastle.render(0, 0.5, t, 0.6, 1.0)) for t in (0.0, 1.0))
    assert high - low == pytest.approx(14, abs=1)


def test_envelope_letter_out_draws_the_letter_up_out_of_the_mouth_and_the_flap_opens_above_it():
    from latentexplainer.data import envelope

    def letter(img):  # the white letter: the only near-white pixels
        return img.astype(int).min(-1) > 235

    hidden, out = (letter(envelope.render(0.0, lo, 0.5, 0.3, 0.5)) for lo in (0.0, 1.0))
    mouth = envelope.BOTTOM - 2 * envelope.ASPECT * 19  # at envelope_width 0.5: 38 px wide
    assert not hidden.any() and out.sum() > 200
    assert _rows_cols(out)[0].min() == pytest.approx(mouth + 2 - 20, abs=1)  # 20 px above where it sat
    assert _rows_cols(out)[0].max() < mouth  # the rest is inside the envelope

    def flap_inside(img):  # the flap's darker inside, seen only when it is open
        return np.abs(img.astype(int) - 255 * 0.72 * envelope.R.hsv(0.3, 0.45, 0.93)).max(-1) < 10

    shut, wide = (flap_inside(envelope.render(o, 0.0, 0.5, 0.3, 0.5)) for o in (0.0, 1.0))
    assert wide.sum() > 150 and shut.sum() < 40
    assert _rows_cols(wide)[0].max() < mouth  # all above the mouth


def test_dominoes_count_is_the_number_of_blocks_and_topple_leans_all_but_the_last():
    from scipy import ndimage

    from latentexplainer.data import dominoes

    def blocks(img):  # the red blocks (hue 0)
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    for code, count in enumerate(dominoes.COUNTS):
        assert ndimage.label(blocks(dominoes.render(code, 0.0, 0.5, 0.5, 0.0)))[1] == int(count)
    standing, toppled = (blocks(dominoes.render(0, t, 0.5, 0.5, 0.0)) for t in (0.0, 1.0))
    left, right = _rows_cols(standing)[1].min(), _rows_cols(standing)[1].max()
    assert np.array_equal(standing[:, right - 3:], toppled[:, right - 3:])  # the last block still stands
    lean = lambda m, c: np.nonzero(m[:, c:c + 6].any(1))[0].min()  # noqa: E731 - the first block's top row
    assert lean(toppled, left) > lean(standing, left)  # leaning, the first block's top is lower
    assert _centroid_x(toppled[..., None]) > _centroid_x(standing[..., None]) + 1  # and the row leans right


def test_donut_bite_angle_takes_the_bite_from_its_side_and_comes_round_in_a_whole_turn():
    from latentexplainer.data import donut

    yy, xx = np.mgrid[:64, :64] + 0.5

    def middle(img):  # (row, column) centroid of the doughnut: dark-ish pixels well inside the plate
        on = (img.astype(int).min(-1) < 200) & ((xx - 32) ** 2 + (yy - donut.CY) ** 2 < 22 ** 2)
        return np.argwhere(on).mean(0)

    right, top, left = (middle(donut.render(0.5, 0.5, 0, 0.5, a)) for a in (0.0, np.pi / 2, np.pi))
    assert right[1] < 31 < 32 < left[1]  # the bite on the right leaves more doughnut on the left
    assert top[0] > 31.5 and abs(right[0] - 31.5) < 0.3  # a bite from the top leaves it lower
    assert donut.FACTORS[4].kind == "cyclic"
    start, turned = (donut.render(0.3, 0.4, 1, 0.2, a).astype(int) for a in (0.0, 2 * np.pi))
    assert np.abs(start - turned).max() <= 1


def test_sofa_wallpaper_patterns_only_the_wall_and_sofa_x_moves_the_sofa_right():
    from latentexplainer.data import sofa

    plain, striped, dotted = (sofa.render(0.5, 0.5, 0.0, 0.0, c).astype(int) for c in range(3))
    wall = slice(0, 12)  # rows above the sofa's back, however high it is
    assert plain[wall].std((0, 1)).max() < 1  # one colour
    assert striped[wall].std(0).max() < 1 and striped[wall].std(1).min() > 20  # upright stripes
    assert dotted[wall].std(0).max() > 20 and dotted[wall].std(1).max() > 20  # dots vary both ways
    floor = slice(int(sofa.SKIRT_Y), 64)
    assert np.array_equal(plain[floor], striped[floor]) and np.array_equal(plain[floor], dotted[floor])

    def middle(img):  # the red upholstery's mean column (the sofa is symmetric)
        img = img.astype(int)
        return _centroid_x((img[..., 0] > img[..., 1] + 60)[..., None])

    left, right = (middle(sofa.render(x, 0.5, 0.5, 0.0, 0)) for x in (0.0, 1.0))
    assert left == pytest.approx(26 - 0.5, abs=0.3) and right - left == pytest.approx(12, abs=0.3)


def test_marbles_count_the_marbles_and_spread_moves_them_apart():
    from scipy import ndimage

    from latentexplainer.data import marbles

    def blue(img):  # the marbles at hue 0.6; the floor is brown, the shadows dark
        img = img.astype(int)
        return img[..., 2] > img[..., 0] + 60

    for code, count in enumerate(marbles.COUNTS):
        assert ndimage.label(blue(marbles.render(code, 0.5, 0.5, 0.6, 0.5)))[1] == count

    def reach(img):  # the marbles' mean distance from the middle of their pentagon
        mask = blue(img)
        labels, k = ndimage.label(mask)
        centres = np.array(ndimage.center_of_mass(mask, labels, range(1, k + 1))) + 0.5
        return np.hypot(centres[:, 0] - marbles.CY, centres[:, 1] - marbles.CX).mean()

    close, apart = (reach(marbles.render(3, 0.5, s, 0.6, 0.5)) for s in (0.0, 1.0))
    assert apart - close == pytest.approx(0.3 * marbles.RING, abs=0.5)


def test_compass_needle_angle_turns_the_red_half_clockwise_and_comes_round_in_a_whole_turn():
    from latentexplainer.data import compass

    def red(img):  # (row, column) of the needle's red half: the only strong red (the case is blue)
        img = img.astype(int)
        return np.argwhere((img[..., 0] > 150) & (img[..., 1] < 80)).mean(0) + 0.5

    up, right, down = (red(compass.render(0.5, 0.5, a, 0.6, 0.5)) for a in (0.0, np.pi / 2, np.pi))
    assert up[0] < compass.CY - 3 and up[1] == pytest.approx(32, abs=0.5)
    assert right[1] > 32 + 3 and right[0] == pytest.approx(compass.CY, abs=0.5)
    assert down[0] > compass.CY + 3 and down[1] == pytest.approx(32, abs=0.5)
    assert compass.FACTORS[2].kind == "cyclic" and compass.FACTORS[2].period == pytest.approx(2 * np.pi)
    start, turned = (compass.render(0.3, 0.7, a, 0.2, 0.4).astype(int) for a in (0.4, 0.4 + 2 * np.pi))
    assert np.abs(start - turned).max() <= 1


def test_lollipop_stick_length_lifts_the_candy_and_lean_tips_it_sideways_on_a_thin_stick():
    from latentexplainer.data import lollipop

    def candy(img):  # (row, column) of the red candy's middle
        img = img.astype(int)
        return np.argwhere(img[..., 0] > img[..., 1] + 80).mean(0)

    short, long = (candy(lollipop.render(0.0, s, 0.5, 0.0, 0)) for s in (0.0, 1.0))
    assert short[0] - long[0] == pytest.approx(10, abs=0.3) and long[1] == pytest.approx(short[1], abs=0.1)
    left, right = (candy(lollipop.render(t, 0.5, 0.5, 0.0, 0)) for t in (-0.4, 0.4))
    assert right[1] - 31.5 > 8 and 31.5 - left[1] == pytest.approx(right[1] - 31.5, abs=0.2)
    assert left[0] == pytest.approx(right[0], abs=0.1)
    upright = lollipop.render(0.0, 1.0, 0.5, 0.0, 0).astype(int)
    wall = np.round(255 * lollipop.BACKGROUND.transpose(1, 2, 0)).astype(int)
    for row in (36, 42, 48):  # between the block and the candy only the stick differs: 1 to 2 px
        assert 1 <= (np.abs(upright[row] - wall[row]).max(-1) > 30).sum() <= 2


def test_pencil_eraser_hue_recolours_only_the_eraser_and_pencil_x_moves_it_right():
    from latentexplainer.data import pencil

    red, blue = (pencil.render(0.5, 0.5, 0.0, 0.3, h).astype(int) for h in (0.0, 0.6))
    rows, cols = _rows_cols(np.abs(red - blue).max(-1) > 20)
    end = 32 + 21.5  # the eraser's end: the pencil 43 px long, its middle at x = 32
    assert len(rows) * len(cols) > 80
    assert cols.min() >= int(end - pencil.ERASER) - 1 and cols.max() <= end
    assert rows.min() >= pencil.CY - pencil.HW - 1 and rows.max() <= pencil.CY + pencil.HW
    paper = np.round(255 * pencil.PAPER_IMG.transpose(1, 2, 0)).astype(int)

    def middle(img):  # the mean column of everything drawn on the paper
        return _centroid_x((np.abs(img.astype(int) - paper).max(-1) > 40)[..., None])

    left, right = (middle(pencil.render(x, 0.5, 0.0, 0.3, 0.3)) for x in (0.0, 1.0))
    assert right - left == pytest.approx(8, abs=0.3)


def test_bench_back_slats_count_the_slats_and_bench_length_widens_it():
    from scipy import ndimage

    from latentexplainer.data import bench

    def paint(img):  # the red slats (hue 0): nothing else in the park is red
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    for code, count in enumerate(bench.SLATS):
        back = paint(bench.render(0.5, 0.5, code, 0.0, 1.0))[: int(bench.BACK_BOTTOM) + 1]
        assert ndimage.label(back)[1] == count
    short, long = (paint(bench.render(0.5, s, 0, 0.0, 1.0)) for s in (0.0, 1.0))
    width = lambda m: np.ptp(_rows_cols(m)[1]) + 1  # noqa: E731
    assert width(long) - width(short) == pytest.approx(20, abs=1)


def test_stapler_open_angle_lifts_only_the_arm_and_stapler_x_moves_it_along_the_desk():
    from latentexplainer.data import stapler

    def arm(img):  # the red arm (hue 0): nothing else on the desk is red
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    shut, wide = (stapler.render(0.5, 0.5, a, 0.0, 0.5) for a in (0.0, 0.85))
    assert _rows_cols(arm(wide))[0].min() < _rows_cols(arm(shut))[0].min() - 20  # the front end is raised
    assert _rows_cols(arm(wide))[1].max() < _rows_cols(arm(shut))[1].max() - 10  # and swung back
    assert np.array_equal(shut[int(stapler.BASE_TOP) + 1 :], wide[int(stapler.BASE_TOP) + 1 :])  # base, desk
    left, right = (arm(stapler.render(x, 0.5, 0.0, 0.0, 0.5)) for x in (0.0, 1.0))
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(8, abs=0.1)


def test_zipper_slider_follows_the_curve_down_and_opening_shows_the_shirt_only_above_it():
    from latentexplainer.data import zipper

    def slider(img):  # (row, column) of the slider's bright gold face (the fabric is blue at hue 0.6)
        img = img.astype(int)
        return np.argwhere((img[..., 0] > 200) & (img[..., 1] > 150) & (img[..., 2] < 120)).mean(0)

    top, middle, bottom = (slider(zipper.render(s, 0.5, 0.5, 0.6, 0.5)) for s in (0.0, 0.5, 1.0))
    assert bottom[0] - top[0] == pytest.approx(34, abs=0.5) and middle[0] - top[0] == pytest.approx(17, abs=0.5)
    for (_, column), ys in zip((top, middle, bottom), (12, 29, 46)):  # the slider sits on the zip's curve
        assert column == pytest.approx(zipper._curve(ys) - 0.5, abs=0.3)

    def shirt(opening):  # the pixels the shirt's lightness changes: where the shirt shows
        dark, pale = (zipper.render(0.5, opening, 0.5, 0.6, s).astype(int) for s in (0.0, 1.0))
        return np.abs(dark - pale).max(-1) > 30

    narrow, wide = shirt(0.0), shirt(1.0)
    assert wide.sum() > narrow.sum() + 150
    assert _rows_cols(wide)[0].max() < 29 - zipper.SLIDER_HH  # only above the slider


def test_television_bar_count_adds_bars_and_the_hues_recolour_only_their_own_parts():
    from latentexplainer.data import television

    def bars(img):  # bright runs along the screen's middle row
        row = img[36, 12:41].astype(int).sum(-1)
        on = row > (int(row.max()) + int(row.min())) / 2
        return int(on[0]) + int((on[1:] & ~on[:-1]).sum())

    assert [bars(television.render(0.7, b, 1.0, 0.3, 0.6)) for b in (0.0, 0.5, 1.0)] == [2, 4, 6]
    red, blue = (television.render(0.7, 0.5, 0.5, 0.3, h).astype(int) for h in (0.0, 0.6))
    assert red[2, 2, 0] > red[2, 2, 2] + 40 and blue[2, 2, 2] > blue[2, 2, 0] + 40  # the wall
    assert np.array_equal(red[24:52, 10:54], blue[24:52, 10:54])  # the television itself stays
    red, blue = (television.render(0.7, 0.5, 0.5, h, 0.3).astype(int) for h in (0.0, 0.6))
    assert red[21, 8, 0] > red[21, 8, 2] + 80 and blue[21, 8, 2] > blue[21, 8, 0] + 80  # the casing
    assert np.array_equal(red[:16], blue[:16]) and np.array_equal(red[26:47, 14:38], blue[26:47, 14:38])


def test_strawberry_ripeness_reddens_the_skin_and_seed_density_sets_the_seeds_closer():
    from scipy import ndimage

    from latentexplainer.data import strawberry

    def red(img):
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 1] < 90)

    unripe, ripe = (red(strawberry.render(0.5, 0.5, r, 0.5, 0.0)) for r in (0.0, 1.0))
    assert not unripe.any() and ripe.sum() > 300

    def seeds(img):  # the yellow seeds, one blob each
        img = img.astype(int)
        return ndimage.label((img[..., 0] > 180) & (img[..., 1] > 150) & (img[..., 2] < 130))[1]

    sparse, dense = (seeds(strawberry.render(0.5, d, 1.0, 0.5, 0.0)) for d in (0.0, 1.0))
    assert sparse >= 5 and dense >= 3 * sparse  # half the spacing: about four times the seeds

    def tip(img):  # (row, column) of the berry's lowest red pixels: its tip
        rows, cols = np.nonzero(red(img))
        return rows.max(), cols[rows >= rows.max() - 1].mean()

    leaning_left, upright, leaning_right = (tip(strawberry.render(0.5, 0.5, 1.0, 0.5, t)) for t in (-0.5, 0.0, 0.5))
    assert leaning_left[1] > 31.5 + 5 and leaning_right[1] < 31.5 - 5 and upright[1] == pytest.approx(31.5, abs=0.6)
    assert leaning_left[0] < upright[0] and leaning_right[0] < upright[0]  # tilted, the tip rises


def test_eggs_count_is_the_number_of_eggs_and_shell_colour_turns_them_brown():
    from scipy import ndimage

    from latentexplainer.data import eggs

    def white(img):  # white shells: the only near-white pixels
        return img.astype(int).min(-1) > 200

    for code, count in enumerate(eggs.COUNTS):
        assert ndimage.label(white(eggs.render(code, 0.5, 0.0, 0.6, 0.3)))[1] == int(count)
    assert not white(eggs.render(4, 0.5, 1.0, 0.6, 0.3)).any()
    brown = eggs.render(4, 0.5, 1.0, 0.6, 0.3)[int(eggs.CUP_Y[0]) - 2, int(eggs.CUP_X[0]) - 2].astype(int)
    assert brown[0] > brown[2] + 60  # a brown shell
    small, large = (white(eggs.render(0, s, 0.0, 0.6, 0.3)) for s in (0.0, 1.0))
    assert large.sum() > 2 * small.sum()


def test_ladybug_heading_turns_it_and_each_step_of_spot_count_adds_two_spots():
    from latentexplainer.data import ladybug

    def patches(img):  # (row, column) of the white patches on the shield, at the ladybug's front
        return np.argwhere(img.astype(int).min(-1) > 200).mean(0)

    up, right, down, left = (patches(ladybug.render(h, 0, 0.0, 0.0, 0.5)) for h in np.arange(4) * np.pi / 2)
    assert up[0] < 31.5 - 6 and right[1] > 31.5 + 6 and down[0] > 31.5 + 6 and left[1] < 31.5 - 6
    assert up[1] == pytest.approx(31.5, abs=0.5) and right[0] == pytest.approx(31.5, abs=0.5)
    assert ladybug.FACTORS[0].kind == "cyclic" and ladybug.FACTORS[0].period == pytest.approx(2 * np.pi)
    start, turned = (ladybug.render(h, 1, 0.3, 0.05, 0.5).astype(int) for h in (0.0, 2 * np.pi))
    assert np.abs(start - turned).max() <= 1

    def red(img):  # the red wing cases (hue 0) less their black spots
        img = img.astype(int)
        return int((img[..., 0] > img[..., 1] + 80).sum())

    areas = [red(ladybug.render(0.0, code, 0.0, 0.0, 0.5)) for code in range(3)]
    spot = np.pi * (ladybug.SPOT_R * 11.5) ** 2  # at bug_size 0.5, R = 11.5 px
    assert areas[0] - areas[1] == pytest.approx(2 * spot, rel=0.3)
    assert areas[1] - areas[2] == pytest.approx(2 * spot, rel=0.3)


def test_fruitbowl_count_is_the_number_of_fruits_and_bowl_x_moves_the_bowl_right():
    from scipy import ndimage

    from latentexplainer.data import fruitbowl

    def red(img):  # the red fruits (hue 0): nothing else on the table is red
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    for code, count in enumerate((2, 3, 4, 5)):
        for width in (0.0, 0.5, 1.0):  # the fruits never touch, whatever their size
            assert ndimage.label(red(fruitbowl.render(code, 0.5, width, 0.5, 0.0)))[1] == count
    left, right = (red(fruitbowl.render(3, x, 0.5, 0.5, 0.0)) for x in (0.0, 1.0))
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(12, abs=0.2)
    assert np.array_equal(_rows_cols(left)[0], _rows_cols(right)[0])  # at the same height


def test_airplane_pitch_raises_the_nose_the_contrail_grows_behind_and_the_livery_recolours_only_the_plane():
    from latentexplainer.data import airplane

    sky = np.round(255 * airplane.BACKGROUND.transpose(1, 2, 0)).astype(int)

    def nose(img):  # the mean row of the plane's rightmost drawn columns
        drawn = np.abs(img.astype(int) - sky).max(-1) > 40
        cols = _rows_cols(drawn)[1]
        return np.nonzero(drawn[:, cols.max() - 2 :].any(1))[0].mean()

    py = 46 - 30 * 0.5  # the fuselage's middle row at altitude 0.5
    down, level, up = (nose(airplane.render(0.5, 0.5, a, 0.0, 0.3)) for a in (-0.4, 0.0, 0.4))
    assert level == pytest.approx(py - 0.5, abs=1.0) and up < level - 3 and down > level + 3
    short, long = (airplane.render(0.5, 0.5, 0.0, t, 0.3).astype(int) for t in (0.0, 1.0))
    rows, cols = _rows_cols(np.abs(short - long).max(-1) > 30)
    tail = 41 + airplane.ENGINE_U - airplane.ENGINE_L  # the engine's back, where the contrail starts
    assert cols.max() < tail and cols.min() == pytest.approx(tail - 36, abs=1.5)
    red, blue = (airplane.render(0.5, 0.5, 0.0, 0.5, h).astype(int) for h in (0.0, 0.6))
    rows, cols = _rows_cols(np.abs(red - blue).max(-1) > 30)
    assert (np.abs(red - blue).max(-1) > 30).sum() > 80
    assert rows.min() >= py - airplane.FIN_TOP - 1 and rows.max() <= py - airplane.ENGINE_V + airplane.ENGINE_R + 1
    assert cols.min() >= 41 - 15 and cols.max() <= 41 + airplane.FRONT + airplane.RADIUS  # the nose's tip


def test_bricks_courses_count_the_joints_and_bond_shift_moves_every_other_course():
    from latentexplainer.data import bricks

    def mortar(img):  # pale mortar (tone 1) between much darker bricks
        return img.astype(int).min(-1) > 150

    for code, courses in enumerate(bricks.COURSES):
        rows = mortar(bricks.render(code, 0.25, 0.5, 0.05, 1.0)).mean(1) > 0.9  # rows of joint right across
        runs = int(rows[1] & ~rows[0]) + int((rows[2:-1] & ~rows[1:-2]).sum())  # joints inside the image
        assert runs == int(courses) - 1
    # 4 courses: bricks 16 px tall and 40 long; the even courses' joints at x = 40 k - 3, 2 px wide
    stacked, running = (mortar(bricks.render(0, s, 0.5, 0.05, 1.0)) for s in (0.0, 0.5))
    assert stacked[8, 36:38].all() and stacked[24, 36:38].all() and not stacked[24, 16:18].any()
    assert running[8, 36:38].all() and running[24, 16:18].all() and not running[24, 36:38].any()
    dark, pale = (bricks.render(1, 0.3, 0.5, 0.05, t).astype(int) for t in (0.0, 1.0))
    changed = np.abs(dark - pale).max(-1) > 10
    assert 0.1 < changed.mean() < 0.35  # only the mortar: a fraction of the wall
    assert np.array_equal(changed, mortar(pale) | (np.abs(dark - pale).max(-1) > 10) & ~mortar(dark))


def test_abacus_rods_count_the_rows_of_beads_and_bead_slide_moves_them_along():
    from latentexplainer.data import abacus

    def beads(img):  # the red beads (hue 0): nothing else is red
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    for code, count in enumerate(abacus.RODS):
        rows = beads(abacus.render(code, 0.5, 0.5, 0.0, 0.5)).any(1)
        assert int(rows[0]) + int((rows[1:] & ~rows[:-1]).sum()) == int(count)
    left, right = (beads(abacus.render(1, s, 0.5, 0.0, 0.5)) for s in (0.0, 1.0))
    travel = abacus.INNER_W - 2 * abacus.BEADS * 3.3  # at bead_size 0.5 a bead is 3.3 px in half-width
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(travel, abs=0.3)
    assert _rows_cols(left)[1].min() == pytest.approx(abacus.INNER[0], abs=1.5)
    assert _rows_cols(right)[1].max() == pytest.approx(abacus.INNER[1], abs=1.5)


def test_faucet_lever_lifts_and_runs_a_stream_that_widens_and_spout_length_moves_it_right():
    from latentexplainer.data import faucet

    def water(img):  # pale blue water over green tiles (hue 0.4) and white grout
        img = img.astype(int)[32:39]
        return (img[..., 2] > img[..., 0] + 25) & (img[..., 0] > 150)

    shut, half, full = (water(faucet.render(0.5, 0.5, lv, 0, 0.4)) for lv in (0.0, 0.5, 1.0))
    assert not shut.any() and half.sum(1).min() >= 2 and full.sum(1).min() >= half.sum(1).max() + 3
    short, long = (water(faucet.render(0.5, s, 0.5, 0, 0.4)) for s in (0.0, 1.0))  # both clear of grout
    assert _centroid_x(long[..., None]) - _centroid_x(short[..., None]) == pytest.approx(17, abs=0.3)

    def top(img):  # the top row of the black tap
        return _rows_cols(img.astype(int).max(-1) < 70)[0].min()

    assert top(faucet.render(0.5, 0.5, 1.0, 2, 0.4)) < top(faucet.render(0.5, 0.5, 0.0, 2, 0.4)) - 8


def test_toothbrush_bristle_hue_recolours_only_the_bristles_and_tilt_turns_the_head_up():
    from latentexplainer.data import toothbrush

    def bristles(tilt):  # the pixels the bristles' hue changes, at brush_x 0.5 (the middle at x = 31)
        red, blue = (toothbrush.render(0.5, tilt, 0.3, h, 0.5).astype(int) for h in (0.0, 0.6))
        return np.abs(red - blue).max(-1) > 30

    level = bristles(0.0)
    rows, cols = _rows_cols(level)
    u0, u1 = toothbrush.BRISTLE_U - toothbrush.BRISTLE_HL, toothbrush.BRISTLE_U + toothbrush.BRISTLE_HL
    assert level.sum() > 80 and cols.min() >= 31 + u0 - 1 and cols.max() <= 31 + u1
    assert rows.min() >= 32 - toothbrush.BRISTLE_HW - 1 and rows.max() <= 32 + toothbrush.BRISTLE_HW
    for tilt in (-0.5, 0.5):  # the block's middle turns about the brush's middle
        row, col = np.argwhere(bristles(tilt)).mean(0) + 0.5
        assert row == pytest.approx(32 - toothbrush.BRISTLE_U * np.sin(tilt), abs=0.7)
        assert col == pytest.approx(31 + toothbrush.BRISTLE_U * np.cos(tilt), abs=0.7)


def test_turbine_rotor_repeats_every_third_of_a_turn_and_turbine_x_carries_it_right():
    from latentexplainer.data import turbine

    assert turbine.FACTORS[2].kind == "cyclic" and turbine.FACTORS[2].period == pytest.approx(2 * np.pi / 3)
    start, turned = (turbine.render(0.5, 0.5, a, 0.5, 0.5).astype(int) for a in (0.0, 2 * np.pi / 3))
    assert np.abs(start - turned).max() <= 1
    assert np.abs(start - turbine.render(0.5, 0.5, np.pi / 3, 0.5, 0.5).astype(int)).max(-1).max() > 100

    def white(img):  # the tower and the blades: nothing else is near white at mid sky light
        return img.astype(int).min(-1) > 225

    left, right = (white(turbine.render(x, 0.5, 0.3, 0.5, 0.5)) for x in (0.0, 1.0))
    assert left.sum() > 80 and left.sum() == right.sum()
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(26, abs=0.3)


def test_hydrant_spray_runs_a_jet_out_to_the_right_of_the_nozzle_that_reaches_further():
    from latentexplainer.data import hydrant

    def water(img):  # pale blue water over the blue-grey wall, beside a red hydrant (hue 0)
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 2] > img[..., 0] + 40)

    dry, half, full = (water(hydrant.render(0.5, 0.5, 0.5, s, 0.0)) for s in (0.0, 0.5, 1.0))
    assert not dry.any() and full.sum() > 2 * half.sum() > 60
    cap = 19.5 + hydrant.BARREL_HW + hydrant.NOZZLE_OUT  # the right cap's middle at hydrant_x 0.5
    assert _rows_cols(half)[1].min() >= cap and _rows_cols(full)[1].min() >= cap
    assert _rows_cols(full)[1].max() >= _rows_cols(half)[1].max() + 8


def test_easel_paint_hue_recolours_only_the_canvas_and_canvas_height_lifts_it():
    from latentexplainer.data import easel

    def painted(height):  # the pixels the painting's hue changes
        red, blue = (easel.render(0.5, 0.5, 0.5, height, h).astype(int) for h in (0.0, 0.6))
        return np.abs(red - blue).max(-1) > 30

    low, high = painted(0.0), painted(1.0)
    (low_rows, low_cols), (high_rows, high_cols) = _rows_cols(low), _rows_cols(high)
    assert low.sum() > 150 and np.array_equal(low_cols, high_cols)
    assert 32 - 11 <= low_cols.min() and low_cols.max() <= 32 + 11  # inside the canvas (half-width 11)
    assert low_rows.min() - high_rows.min() == 10 and low_rows.max() - high_rows.max() == 10
    assert np.array_equal(np.roll(high, 10, axis=0), low)


def test_suitcase_straps_count_the_straps_and_handle_extension_lifts_the_grip():
    from latentexplainer.data import suitcase

    def straps(img):  # the tan straps, on a blue case (hue 0.6)
        return np.abs(img.astype(int) - np.array([219, 189, 133])).max(-1) < 30

    for code, name in enumerate(suitcase.STRAPS):
        row = straps(suitcase.render(0.5, 0.5, code, 0.6, 0.5))[32]
        assert int(row[0]) + int((row[1:] & ~row[:-1]).sum()) == code + 1, name

    def grip_top(img):  # the top row of the black grip, above the case
        dark = img.astype(int).max(-1) < 60
        return _rows_cols(dark[: int(suitcase.TOP)])[0].min()

    pushed, pulled = (grip_top(suitcase.render(e, 0.5, 0, 0.6, 0.5)) for e in (0.0, 1.0))
    assert pushed - pulled == 18


def test_bathtub_duck_x_carries_the_duck_along_and_foam_height_lifts_it():
    from latentexplainer.data import bathtub

    def duck(img):  # the yellow duck, on a blue tub (hue 0.6)
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 170) & (img[..., 2] < 100)

    left, right = (duck(bathtub.render(x, 0.5, 0.5, 0.6, 0.5)) for x in (0.0, 1.0))
    assert left.sum() > 40 and abs(int(left.sum()) - int(right.sum())) <= 3  # edges over foam or tiles
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(24, abs=0.5)
    assert np.array_equal(_rows_cols(left)[0], _rows_cols(right)[0])  # at the same height
    low, high = (np.argwhere(duck(bathtub.render(0.5, h, 0.5, 0.6, 0.5))).mean(0) for h in (0.0, 1.0))
    assert low[0] - high[0] == pytest.approx(0.85 * 7, abs=0.8) and low[1] == pytest.approx(high[1], abs=0.3)


def test_scooter_stem_rake_leans_the_t_bar_back_and_wheel_size_grows_the_tyres():
    from latentexplainer.data import scooter

    def bar(img):  # (row, column) of the black T-bar grip: the only black above the deck
        dark = img.astype(int).max(-1) < 50
        dark[40:] = False
        return np.argwhere(dark).mean(0)

    upright, raked = (bar(scooter.render(0.5, 0.5, r, 0.5, 0.0)) for r in (0.0, 0.45))
    length = 24 + 20 * 0.5
    assert upright[1] - raked[1] == pytest.approx(length * np.sin(0.45), abs=0.6)
    assert raked[0] - upright[0] == pytest.approx(length * (1 - np.cos(0.45)), abs=0.6)

    def tyres(img):
        dark = img.astype(int).max(-1) < 50
        dark[:45] = False
        return int(dark.sum())

    assert tyres(scooter.render(0.5, 0.5, 0.2, 1.0, 0.0)) > 3 * tyres(scooter.render(0.5, 0.5, 0.2, 0.0, 0.0))


def test_barn_doors_slide_open_on_the_dark_inside_and_barn_x_carries_the_walls_right():
    from latentexplainer.data import barn

    def inside(img):  # the dark inside of the barn, below the doors' track
        return (img.astype(int).max(-1) < 45)[int(barn.GROUND - barn.DOOR_H) :]

    shut, ajar, wide = (int(inside(barn.render(0.5, 0.5, o, 0.5, 0)).sum()) for o in (0.0, 0.5, 1.0))
    dw = 0.45 * (10 + 5 * 0.5)  # each door's width at barn_width 0.5
    assert shut == 0 and 0 < ajar < wide
    assert wide == pytest.approx(2 * dw * barn.DOOR_H, rel=0.15)

    def red(img):  # the red walls and doors: nothing else on the farm is red
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    left, right = (red(barn.render(x, 0.5, 0.5, 0.5, 0)) for x in (0.0, 1.0))
    assert left.sum() > 60 and left.sum() == right.sum()
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(18, abs=0.3)

    def roof_top(code):  # the top row of the dark roof
        img = barn.render(0.5, 0.5, 0.5, 0.5, code)
        return _rows_cols(np.abs(img.astype(int) - 255 * np.array(barn.ROOF)).max(-1) < 10)[0].min()

    assert roof_top(barn.ROOFS.index("flat")) - roof_top(barn.ROOFS.index("gable")) >= 10


def test_pumpkin_glow_lights_the_carved_face_and_the_wall_and_pumpkin_x_moves_it_right():
    from latentexplainer.data import pumpkin

    def lit(img):  # bright yellow: only the carved holes with the candle burning
        img = img.astype(int)
        return (img[..., 0] > 230) & (img[..., 1] > 190) & (img[..., 2] < 160)

    unlit, bright = (pumpkin.render(0.5, 0.5, 0.5, 0, g) for g in (0.0, 1.0))
    assert not lit(unlit).any() and lit(bright).sum() > 40
    rx = 11 + 7 * 0.5
    ry = rx * (0.95 - 0.35 * 0.5)
    rows, cols = _rows_cols(lit(bright))
    assert 32 - rx <= cols.min() and cols.max() <= 32 + rx  # the face, inside the pumpkin
    assert pumpkin.REST_Y - 2 * ry <= rows.min() and rows.max() <= pumpkin.REST_Y
    wall = (slice(10, 25), slice(22, 42))  # the wall above the pumpkin: lit by the halo
    assert bright[wall].astype(int).mean() > unlit[wall].astype(int).mean() + 8

    def orange(img):  # the orange skin: nothing else on the porch is orange
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 2] < 80)

    left, right = (orange(pumpkin.render(x, 0.5, 0.5, 0, 0.0)) for x in (0.0, 1.0))
    assert left.sum() > 100 and left.sum() == right.sum()
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(22, abs=0.3)


def test_well_rope_length_sinks_the_bucket_out_of_sight_and_roof_pitch_raises_the_roof():
    from latentexplainer.data import well

    def bucket(img):  # the tin bucket's colour
        return np.abs(img.astype(int) - 255 * np.array(well.BUCKET)).max(-1) < 12

    high, low = (bucket(well.render(0.5, r, 0.5, 0.0, 0.0)) for r in (0.0, 1.0))
    assert high.sum() > 40 and _rows_cols(high)[0].max() < well.RIM - well.RIM_RY  # above the rim
    assert np.argwhere(high).mean(0)[1] == pytest.approx(31.5, abs=0.5)  # under the axle's middle
    assert low.sum() == 0  # sunk behind the front of the wall

    def roof(img):  # the red roof (hue 0)
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    flat, steep = (roof(well.render(0.5, 0.5, p, 0.0, 0.5)) for p in (0.0, 1.0))
    assert 8 <= _rows_cols(flat)[0].min() - _rows_cols(steep)[0].min() <= 11
    assert _rows_cols(flat)[0].max() == _rows_cols(steep)[0].max()  # the eaves stay put
    assert steep.sum() > 1.8 * flat.sum()


def test_radio_aerial_tilt_leans_the_aerial_either_way_and_the_grille_changes_only_its_left_half():
    from latentexplainer.data import radio

    def aerial(img):  # (row, column) of the dark metal aerial
        return np.argwhere(np.abs(img.astype(int) - 255 * np.array(radio.AERIAL)).max(-1) < 12).mean(0)

    left, upright, right = (aerial(radio.render(0.5, 0.5, t, 0, 0.3)) for t in (-0.7, 0.0, 0.7))
    assert left[1] < upright[1] - 5 and right[1] > upright[1] + 5
    assert (left[1] + right[1]) / 2 == pytest.approx(upright[1], abs=0.5)
    assert left[0] == pytest.approx(right[0], abs=0.5) and left[0] > upright[0] + 1

    cx = 23 + 18 * 0.5  # the case's middle at radio_x 0.5
    slots = radio.render(0.5, 0.5, 0.0, radio.GRILLES.index("slots"), 0.3).astype(int)
    for other in ("holes", "mesh"):
        changed = np.abs(slots - radio.render(0.5, 0.5, 0.0, radio.GRILLES.index(other), 0.3)).max(-1) > 40
        assert changed.sum() > 60 and _rows_cols(changed)[1].max() < cx


def test_cones_count_is_the_number_of_cones_and_the_shadows_fall_away_from_the_sun():
    from scipy import ndimage

    from latentexplainer.data import cones

    def red(img):  # the red cones (hue 0): nothing else on the road is red
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    for code, count in enumerate(cones.COUNTS):
        for height in (0.0, 0.5, 1.0):  # the cones never touch above their bases, whatever their size
            h = 14 + 10 * height
            below_band = red(cones.render(code, height, 0.0, 0.0, 0.5))[
                int(cones.BASE_Y - 0.35 * h) : int(cones.BASE_Y - cones.PLATE_H)
            ]
            assert ndimage.label(below_band)[1] == int(count)

    def shadows(img):  # (row, column) of the shadows on the road beside the cones' bases
        dark = img.astype(int).sum(-1) < 3 * 255 * (0.15 + 0.45 * 0.5) * 0.7
        return np.argwhere(dark[int(cones.BASE_Y) : int(cones.BASE_Y) + 4])

    sun_left, sun_right = (shadows(cones.render(0, 0.5, s, 0.0, 0.5)) for s in (-1.0, 1.0))
    assert len(sun_left) == len(sun_right) > 60
    assert sun_left.mean(0)[1] - sun_right.mean(0)[1] == pytest.approx(cones.SHADOW_DX, abs=1.0)


def test_chair_tip_back_lifts_the_front_legs_and_the_floor_changes_only_the_floor():
    from latentexplainer.data import chair

    def wood(img):  # the chair, on the grey tiles before the blue wall
        img = img.astype(int)
        return img[..., 0] > img[..., 2] + 40

    floor = chair.FLOORS.index("tiles")
    upright, tipped = (wood(chair.render(0.5, 0.5, t, floor, 0.5)) for t in (0.0, 0.35))
    feet_upright, feet_tipped = _rows_cols(upright[54:])[1], _rows_cols(tipped[54:])[1]
    assert np.ptp(feet_upright) >= 14  # front and back feet on the floor
    assert np.ptp(feet_tipped) <= 4  # only the back feet
    assert _rows_cols(tipped)[1].min() < _rows_cols(upright)[1].min() - 12  # the back leans out to the left

    boards, tiles, rug = (chair.render(0.5, 0.5, 0.2, k, 0.5) for k in range(len(chair.FLOORS)))
    for other in (tiles, rug):
        assert np.array_equal(boards[: int(chair.FLOOR_Y)], other[: int(chair.FLOOR_Y)])
        assert np.abs(boards[int(chair.FLOOR_Y) :].astype(int) - other[int(chair.FLOOR_Y) :]).mean() > 20


def test_blinds_opening_lets_the_sky_through_the_slats_and_the_drop_lowers_the_blind():
    from latentexplainer.data import blinds

    def sky(img):  # the blue sky: seen only through the glass
        img = img.astype(int)
        return img[..., 2] > img[..., 0] + 60

    top = int(blinds.GLASS_TOP + blinds.RAIL_H) + 1
    slats = slice(top, int(top + 4 + 28 * 0.5) - 1)  # the rows of the slats, at blind_drop 0.5
    shut, ajar, wide = (int(sky(blinds.render(0.5, 0.5, 0.5, o, 0.5))[slats].sum()) for o in (0.0, 0.5, 1.0))
    assert shut == 0 and 100 < ajar < wide
    raised, lowered = (int(sky(blinds.render(0.5, 0.5, d, 0.0, 0.5))[:, 32].sum()) for d in (0.0, 1.0))
    assert raised >= 18 and lowered == 0  # down the middle of the glass, the shut blind hides the sky


def test_bunting_count_is_the_number_of_flags_and_tie_height_raises_them():
    from scipy import ndimage

    from latentexplainer.data import bunting

    def flags(img):  # the red flags (hue 0): nothing else in the garden is red
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    for code, count in enumerate(bunting.COUNTS):
        for size in (0.0, 1.0):
            assert ndimage.label(flags(bunting.render(code, 0.5, 0.5, size, 0.0)))[1] == int(count)
    low, high = (flags(bunting.render(2, t, 0.5, 0.5, 0.0)) for t in (0.0, 1.0))
    assert low.sum() == pytest.approx(high.sum(), rel=0.03)
    assert np.argwhere(low)[:, 0].mean() - np.argwhere(high)[:, 0].mean() == pytest.approx(18, abs=0.5)


def test_dinner_fork_turn_leans_the_tines_and_plate_size_grows_the_plate():
    from latentexplainer.data import dinner

    def lean(img):  # how far right of the handle's end the tines are: the steel's top half against its bottom
        steel = np.abs(img.astype(int) - 255 * np.array(dinner.STEEL)).max(-1) < 10
        steel[:, 26:] = False
        rows, cols = np.nonzero(steel)
        up = rows < dinner.FORK_Y
        return cols[up].mean() - cols[~up].mean()

    left, upright, right = (lean(dinner.render(0.5, 0.5, a, 0.5, 0.0)) for a in (-0.45, 0.0, 0.45))
    assert left < -6 and right > 6 and abs(upright) < 1

    def plate(img):  # the plate's white rim and pale grey well
        img = img.astype(int)
        return (img.min(-1) > 200) & (img.max(-1) - img.min(-1) < 8)

    small, large = (plate(dinner.render(s, 0.5, 0.0, 0.5, 0.0)).sum() for s in (0.0, 1.0))
    assert large > 2.2 * small


def test_staircase_count_is_the_number_of_steps_and_rise_lifts_the_landing():
    from latentexplainer.data import staircase

    def runner(img):  # the red carpet runner (hue 0): nothing else in the hall is red
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    def levels(img):  # the heights the runner's top edge takes, each over at least three columns
        on = runner(img)
        tops = [np.nonzero(on[:, c])[0].min() for c in range(64) if on[:, c].any()]
        _, counts = np.unique(tops, return_counts=True)
        return int((counts >= 3).sum())

    for code, count in enumerate(staircase.COUNTS):
        assert levels(staircase.render(code, 0.5, 0.5, 0.5, 0.0)) == int(count)
    low, high = (runner(staircase.render(0, 0.5, r, 0.5, 0.0)) for r in (0.0, 1.0))
    assert np.nonzero(low[:, 63])[0].min() - np.nonzero(high[:, 63])[0].min() == pytest.approx(18, abs=1)


def test_wardrobe_doors_open_on_the_dark_inside_and_legs_lift_the_cabinet():
    from latentexplainer.data import wardrobe

    def inside(img):  # the dark inside of the cabinet
        return img.astype(int).max(-1) < 40

    shut, ajar, wide = (inside(wardrobe.render(0.5, 0.5, o, 0.5, 0.5)) for o in (0.0, 0.5, 1.0))
    assert shut.sum() == 0 and 0 < ajar.sum() < wide.sum()
    low_row = int(wardrobe.FLOOR_Y - (1 + 7 * 0.5) - wardrobe.PLINTH_H) - 2  # below the garments
    gap = 2 * (9 + 7 * 0.5 - wardrobe.SIDE) * wardrobe.OPEN  # the doorway left open between the doors
    assert wide[low_row].sum() == pytest.approx(gap, abs=2)

    def wood(img):  # the cabinet's wood, warmer than the sage wall and the carpet
        img = img.astype(int)
        return img[..., 0] > img[..., 2] + 60

    short, tall = (wood(wardrobe.render(0.5, 0.5, 0.0, g, 0.5)) for g in (0.0, 1.0))
    assert _rows_cols(short)[0].min() - _rows_cols(tall)[0].min() == 7


def test_dartboard_count_is_the_number_of_darts_and_the_turn_comes_round_after_a_quarter():
    from scipy import ndimage

    from latentexplainer.data import dartboard

    assert dartboard.FACTORS[2].kind == "cyclic" and dartboard.FACTORS[2].period == pytest.approx(np.pi / 2)
    full = dartboard.RANGES[2][1]
    a, b = (dartboard.render(0.5, 0.5, t, 2, 0.3).astype(int) for t in (0.0, full))
    assert np.abs(a - b).max() <= 1
    half = dartboard.render(0.5, 0.5, full / 2, 2, 0.3).astype(int)
    assert np.abs(a - half).mean() > 5  # half-way round, the cream and black sectors swap

    def flights(img):  # the darts' white flights: nothing else is as white
        return img.min(-1) > 235

    for code, count in enumerate(dartboard.COUNTS):
        for size in (0.0, 1.0):
            assert ndimage.label(flights(dartboard.render(0.5, size, 0.3, code, 0.3)))[1] == int(count)


def test_icecream_scoops_stack_up_the_cone_and_tilt_leans_them_about_its_tip():
    from latentexplainer.data import icecream

    def cream(img):  # red ice cream (hue 0): nothing else is as red
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    tops = [_rows_cols(cream(icecream.render(code, 0.0, 0.0, 0.0, 0.6)))[0].min() for code in range(3)]
    assert tops[0] - tops[1] == pytest.approx(icecream.SCOOP_STEP, abs=1)
    assert tops[1] - tops[2] == pytest.approx(icecream.SCOOP_STEP, abs=1)
    left, upright, right = (
        _centroid_x(cream(icecream.render(2, 0.0, t, 0.0, 0.6))[..., None]) for t in (-0.3, 0.0, 0.3)
    )
    assert left < upright - 10 and right > upright + 10
    dry, runny = (cream(icecream.render(0, 0.0, 0.0, m, 0.6))[44:].sum() for m in (0.0, 1.0))
    assert dry == 0 and runny > 60  # the drips run down the cone below the scoop


def test_door_open_shows_the_dark_hall_and_door_x_moves_the_door_right():
    from latentexplainer.data import door

    def hall(img, door_x):  # the dark hall's pixels in the doorway
        c = int(20 + 24 * door_x)
        return int((img.astype(int).max(-1) < 40)[int(door.DOOR_TOP) : int(door.STEP_Y), c - 8 : c + 9].sum())

    shut, ajar, wide = (hall(door.render(0.5, o, 0.3, 0.5, 0), 0.5) for o in (0.0, 0.5, 1.0))
    assert shut == 0 and 50 < ajar < wide

    def stone(img):  # the pale stone surround
        return np.abs(img.astype(int) - 255 * np.array(door.STONE)).max(-1) < 10

    xs = [_centroid_x(stone(door.render(x, 0.0, 0.3, 0.5, 0))[..., None]) for x in (0.0, 0.5, 1.0)]
    assert xs[1] - xs[0] == pytest.approx(12, abs=0.5) and xs[2] - xs[1] == pytest.approx(12, abs=0.5)


def test_globe_spin_comes_round_in_a_whole_turn_and_turns_only_the_globe():
    from latentexplainer.data import globe

    assert globe.FACTORS[0].kind == "cyclic" and globe.FACTORS[0].period == 1.0
    start, whole, half = (globe.render(s, 0.2, 0.5, 0.55, 0.5).astype(int) for s in (0.0, 1.0, 0.5))
    assert np.abs(start - whole).max() <= 1
    changed = np.abs(start - half).max(-1) > 0
    assert changed.sum() > 200
    r = 11 + 7 * 0.5
    cy = globe.DESK_Y - globe.LIFT - r
    rows, cols = _rows_cols(changed)
    assert rows.min() >= cy - r - 1 and rows.max() <= cy + r + 1  # inside the globe's disc
    assert cols.min() >= globe.CX - r - 1 and cols.max() <= globe.CX + r + 1

    def brass(img):  # the ring round the globe
        return np.abs(img.astype(int) - 255 * np.array(globe.BRASS)).max(-1) < 25

    small, large = (brass(globe.render(0.0, 0.0, s, 0.55, 0.5)) for s in (0.0, 1.0))
    assert _rows_cols(small)[0].min() - _rows_cols(large)[0].min() == pytest.approx(14, abs=1)  # it stands on its post


def test_deckchair_parasol_open_widens_the_canopy_and_recline_lowers_the_chair_back():
    from latentexplainer.data import deckchair

    def red(img):  # the red stripes (hue 0) in a day sky: nothing else is as red
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    furled, half, wide = (
        len(_rows_cols(red(deckchair.render(0.5, 0.5, o, 0.0, 1.0))[:24])[1]) for o in (0.0, 0.5, 1.0)
    )
    assert furled <= 4 and furled + 8 < half < wide - 8

    def chair(img):  # the chair's canvas, below the open parasol and above the towel
        on = red(img)
        on[:24], on[57:] = False, False
        return on

    upright, reclined = (chair(deckchair.render(0.5, r, 1.0, 0.0, 1.0)) for r in (0.0, 1.0))
    assert _rows_cols(reclined)[0].min() > _rows_cols(upright)[0].min() + 8  # the back's top comes down
    assert _rows_cols(reclined)[1].min() < _rows_cols(upright)[1].min() - 10  # and leans out to the left


def test_cake_candles_count_the_flames_and_stand_height_lifts_the_cake():
    from scipy import ndimage

    from latentexplainer.data import cake

    def flames(img):  # the flames and their pale cores: in a dim room, nothing else is as bright and yellow
        img = img.astype(int)
        return (img[..., 0] > 240) & (img[..., 2] < 215)

    for code, count in enumerate(cake.COUNTS):
        for height in (0.0, 1.0):
            for light in (0.0, 0.5):
                assert ndimage.label(flames(cake.render(code, height, 0.0, 0.5, light)))[1] == int(count)

    def icing(img):  # blue icing (hue 0.6)
        img = img.astype(int)
        return img[..., 2] > img[..., 0] + 60

    low, tall = (_rows_cols(icing(cake.render(0, 0.5, 0.6, s, 1.0)))[0] for s in (0.0, 1.0))
    assert low.min() - tall.min() == 10 and low.max() - tall.max() == 10


def test_rabbit_comes_up_out_of_the_hole_and_its_ears_spread_apart():
    from latentexplainer.data import rabbit

    def fur(img):  # a white rabbit: nothing else in the meadow is as white
        return img.min(-1) > 215

    counts = [int(fur(rabbit.render(0.5, o, 0.5, 1.0, 0.5)).sum()) for o in (0.0, 0.25, 0.5, 0.75, 1.0)]
    assert counts[0] == 0 and all(a < b for a, b in zip(counts, counts[1:]))
    for o in (0.25, 0.5, 1.0):  # whatever is still down the hole is hidden behind its front rim
        assert _rows_cols(fur(rabbit.render(0.5, o, 0.5, 1.0, 0.5)))[0].max() <= rabbit.HOLE_Y + rabbit.HOLE_RY
    upright, splayed = (fur(rabbit.render(0.5, 1.0, e, 1.0, 0.5))[:30] for e in (0.0, 1.0))
    assert len(_rows_cols(splayed)[1]) >= len(_rows_cols(upright)[1]) + 12


def test_banana_count_is_the_number_of_tips_and_ripeness_turns_the_peel_yellow():
    from scipy import ndimage

    from latentexplainer.data import banana

    def tips(img):  # the black tips at the bananas' right ends: on a pale table, nothing else is as dark
        return img.max(-1) < 45

    for code, count in enumerate(banana.COUNTS):
        for curve in (0.0, 1.0):
            assert ndimage.label(tips(banana.render(code, curve, 0.5, 0.5, 1.0)))[1] == int(count)
    green, yellow = (banana.render(0, 0.5, r, 0.0, 0.5)[int(banana.CY), 32].astype(int) for r in (0.0, 1.0))
    assert green[1] > green[0] + 50 and yellow[0] > 200 and yellow[1] > 170 and yellow[2] < 100

    def speckles(img):
        return int((np.abs(img.astype(int) - 255 * np.array(banana.SPECKLE)).max(-1) < 25).sum())

    counts = [speckles(banana.render(3, 0.5, 1.0, s, 1.0)) for s in (0.0, 0.25, 0.5, 0.75, 1.0)]
    assert counts[0] < 20 and all(a + 20 < b for a, b in zip(counts, counts[1:]))
    dark, pale = (banana.render(1, 0.5, 0.5, 0.5, t).astype(int) for t in (0.0, 1.0))
    assert pale[2:6].mean() > dark[2:6].mean() + 100  # the table, above the bananas


def test_sprinkler_jet_count_is_the_number_of_jets_and_aim_leans_them_to_that_side():
    from scipy import ndimage

    from latentexplainer.data import sprinkler

    def water(img):  # the pale jets over the dark hedge, below the sky
        img = img.astype(int)
        on = (img[..., 2] > 200) & (img[..., 0] > 150)
        on[:21] = False
        return on

    rows, cols = np.mgrid[0:64, 0:64] + 0.5
    for code, count in enumerate(sprinkler.COUNTS):
        for x in (0.0, 1.0):
            for aim in (-0.4, 0.0, 0.4):
                sx = 24 + 16 * x
                ring = np.abs(np.hypot(cols - sx, rows - sprinkler.NOZZLE_Y) - 13) < 2  # round the nozzle
                img = sprinkler.render(x, aim, 1.0, code, 0.5)
                assert ndimage.label(water(img) & ring, np.ones((3, 3)))[1] == int(count)
    left, up, right = (_centroid_x(water(sprinkler.render(0.5, a, 1.0, 1, 0.5))[..., None]) for a in (-0.4, 0.0, 0.4))
    assert left < up - 5 and right > up + 5 and abs(up - 32) < 1
    short, long = (_rows_cols(water(sprinkler.render(0.5, 0.0, r, 1, 0.5)))[0].min() for r in (0.0, 1.0))
    assert long < short - 10
    dry, lush = (sprinkler.render(0.5, 0.0, 0.5, 1, g).astype(int) for g in (0.0, 1.0))
    changed = np.abs(dry - lush).max(-1) > 0
    assert changed[sprinkler.GROUND_Y :].all() and not changed[: sprinkler.GROUND_Y].any()


def test_birdcage_door_slides_up_off_an_opening_without_bars_and_bars_crowd_closer():
    from latentexplainer.data import birdcage

    def brass(img):  # the bars, the rims and the door's frame: redder than the blue bird and the pale wall
        img = img.astype(int)
        return img[..., 0] - img[..., 2] > 60

    cx = 32
    doorway = (slice(47, 52), slice(cx + int(birdcage.DOOR_X) - 4, cx + int(birdcage.DOOR_X) + 5))
    shut, half, wide = (brass(birdcage.render(0.5, 0.5, o, 0.6, 1.0))[doorway].sum() for o in (0.0, 0.5, 1.0))
    assert shut > 10 and wide == 0 and half < shut

    def door(img):  # the lowest row of the door's dark frame, wires and handle, between the rims and the tray
        dark = np.abs(img.astype(int) - 255 * np.array(birdcage.BRASS_DARK)).max(-1) < 8
        return np.nonzero(dark[28:53, cx - 12 : cx - 4].any(1))[0].max() + 28

    assert door(birdcage.render(0.5, 0.0, 1.0, 0.6, 1.0)) <= door(birdcage.render(0.5, 0.0, 0.0, 0.6, 1.0)) - 6

    def bars(img):  # bars crossing the dome's row 20
        on = brass(img)[20].astype(int)
        return int((np.diff(on) == 1).sum())

    sparse, dense = (bars(birdcage.render(0.5, d, 0.0, 0.6, 1.0)) for d in (0.0, 1.0))
    assert dense >= sparse + 4


def test_shower_tiles_shrink_with_tile_size_and_spread_fans_the_streams_out():
    from latentexplainer.data import shower

    def grout_lines(img):  # grout lines crossing a row, away from the pipe: the typical row above the head
        on = img.astype(int).min(-1) > 170
        on[:, 28:37] = False
        return np.median([(np.diff(row.astype(int)) == 1).sum() for row in on[:14]])

    small, large = (grout_lines(shower.render(0.5, 0.5, 0.5, t, 0.0)) for t in (0.0, 1.0))
    assert small >= large + 5

    def streams(img):  # the bluish water on row 50, above the splash: red tiles (hue 0) and the grout are not blue
        img = img[50].astype(int)
        return img[:, 2] > img[:, 1] + 5

    narrow, wide = (np.nonzero(streams(shower.render(0.5, s, 0.5, 0.5, 0.0)))[0] for s in (0.0, 1.0))
    assert np.ptp(wide) >= np.ptp(narrow) + 15
    on = streams(shower.render(0.5, 1.0, 0.5, 0.5, 0.0)).astype(int)
    assert (np.diff(on) == 1).sum() == shower.STREAMS
    red, blue = (shower.render(0.3, 0.5, 0.5, 0.5, h).astype(int) for h in (0.0, 0.6))
    changed = np.abs(red - blue).max(-1) > 0
    assert not changed[int(shower.TRAY_Y) :].any()  # the tray
    face = 16 + 16 * 0.3
    assert not changed[int(face) - 3, 30:35].any()  # the head


def test_cannon_elevation_raises_the_muzzle_and_the_smoke_billows_ahead_of_it():
    from latentexplainer.data import cannon

    def iron(img):  # the barrel and the tyre under a bright sky, left of the cannonballs
        on = img.astype(int).max(-1) < 80
        on[:, 52:] = False
        return on

    level, raised = (iron(cannon.render(0.5, e, 0.5, 0.0, 1.0)) for e in (0.0, 0.85))
    assert _rows_cols(raised)[0].min() < _rows_cols(level)[0].min() - 6
    assert _rows_cols(raised)[1].max() < _rows_cols(level)[1].max() - 5  # the muzzle comes back as it rises

    def smoke(img):  # nothing else in a dusk sky is as pale
        return img.astype(int).min(-1) > 210

    sizes = [int(smoke(cannon.render(0.5, 0.4, 0.5, s, 0.0)).sum()) for s in (0.0, 0.5, 1.0)]
    assert sizes[0] == 0 and sizes[0] < sizes[1] < sizes[2]
    muzzle_x = 19 + cannon.MUZZLE * np.cos(0.4)
    assert _centroid_x(smoke(cannon.render(0.5, 0.4, 0.5, 1.0, 0.0))[..., None]) > muzzle_x
    small, large = (iron(cannon.render(0.5, 0.0, w, 0.0, 1.0)) for w in (0.0, 1.0))
    assert _rows_cols(large)[0].min() <= _rows_cols(small)[0].min() - 10  # the tyre's top, and the barrel on it


def test_yoyo_spin_comes_round_in_a_whole_turn_and_drop_lowers_only_the_yoyo():
    from latentexplainer.data import yoyo

    assert yoyo.FACTORS[2].kind == "cyclic" and yoyo.FACTORS[2].period == 1.0
    start, whole, half = (yoyo.render(0.5, 0.5, s, 0.0, 0.5).astype(int) for s in (0.0, 1.0, 0.5))
    assert np.abs(start - whole).max() <= 1
    changed = np.abs(start - half).max(-1) > 0
    assert changed.sum() > 150
    rows, cols = _rows_cols(changed)
    cy, r = 26 + 24 * 0.5, 7 + 6 * 0.5
    assert rows.min() >= cy - r - 1 and rows.max() <= cy + r + 1  # inside the yo-yo's disc
    assert cols.min() >= 32 - r - 1 and cols.max() <= 32 + r + 1

    def red(img):  # a red yo-yo (hue 0): nothing else is as red
        img = img.astype(int)
        return img[..., 0] > img[..., 1] + 80

    high, low = (_rows_cols(red(yoyo.render(d, 0.5, 0.0, 0.0, 0.5)))[0] for d in (0.0, 1.0))
    assert low.min() - high.min() == pytest.approx(24, abs=1) and low.max() - high.max() == pytest.approx(24, abs=1)

    def stripes(img):  # grey-green stripes (greener than the cream ones) along row 60, below the yo-yo
        img = img.astype(int)[60]
        return int((np.diff((img[:, 1] > img[:, 0]).astype(int)) == 1).sum())

    assert stripes(yoyo.render(0.0, 0.5, 0.0, 0.0, 0.0)) >= stripes(yoyo.render(0.0, 0.5, 0.0, 0.0, 1.0)) + 8


def test_hedgehog_x_carries_it_right_spines_grow_out_and_the_snout_lifts_the_nose():
    from latentexplainer.data import hedgehog

    def black(img):  # the nose and the eye: nothing else in a day scene is as dark
        return img.max(-1) < 40

    left, right = (black(hedgehog.render(x, 0.5, 0.0, 0.3, 1.0)) for x in (0.0, 1.0))
    assert left.sum() == right.sum() > 8  # the same head, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(11, abs=.5)

    def nose_row(img):  # mean row of the rightmost black blob, the nose at the snout's tip
        rows, cols = np.nonzero(black(img))
        return rows[cols >= cols.max() - 3].mean()

    down, up = (nose_row(hedgehog.render(0.5, 0.5, s, 0.3, 1.0)) for s in hedgehog.RANGES[2])
    assert down - up == pytest.approx(17 * (np.sin(0.35) + np.sin(0.55)), abs=1.5)

    def hog(img):  # pixels off the day background
        return np.abs(img.astype(float) - 255 * hedgehog.BG_DAY.transpose(1, 2, 0)).max(-1) > 40

    short, long = (hog(hedgehog.render(0.0, s, 0.0, 0.33, 1.0)) for s in (0.0, 1.0))
    back = _rows_cols(short)[1].min() - _rows_cols(long)[1].min()
    assert back == pytest.approx(8, abs=1)  # the spines at the back reach 8 px further out
    red, green = (hedgehog.render(0.5, 0.5, 0.0, h, 0.5)[30, 26].astype(int) for h in (0.0, 0.33))
    assert red[0] > red[1] + 100 and green[1] > green[0] + 100  # the apple


def test_typewriter_carriage_carries_the_paper_text_fills_lines_and_the_hue_wraps():
    from scipy import ndimage

    from latentexplainer.data import typewriter

    assert typewriter.FACTORS[3].kind == "cyclic" and typewriter.FACTORS[3].period == 1.0

    def paper(img):  # the white sheet: nothing else is as white
        return img.min(-1) > 235

    left, right = (paper(typewriter.render(c, 0.5, 0.0, 0.3, 0.5)) for c in (0.0, 1.0))
    assert left.sum() == right.sum() > 200  # the same sheet, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(12, abs=.5)
    short, half = (paper(typewriter.render(0.5, p, 0.0, 0.3, 0.5)) for p in (0.0, 0.5))
    assert _rows_cols(short)[0].min() - _rows_cols(half)[0].min() == pytest.approx(10, abs=1)

    def lines(img):  # bands of dark ink above the roller
        return ndimage.label((img[:22].max(-1) < 100).any(1))[1]

    assert [lines(typewriter.render(0.5, 1.0, t, 0.3, 0.5)) for t in (0.0, 0.5, 1.0)] == [0, 3, 6]
    red, cyan = (typewriter.render(0.5, 0.5, 0.5, h, 0.5)[39, 12].astype(int) for h in (0.0, 0.5))
    assert red[0] > red[2] + 50 and cyan[2] > cyan[0] + 50
    wrap = [typewriter.render(0.3, 0.6, 0.4, h, 0.7).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1


def test_bucket_fills_with_water_raises_its_handle_and_casts_its_shadow_to_the_side():
    from latentexplainer.data import bucket

    def water(img):  # the blue water (a red bucket)
        img = img.astype(int)
        return (img[..., 2] > img[..., 0] + 100) & (img[..., 2] > 200)

    sizes = [int(water(bucket.render(w, 0.5, 0.0, 0.5, 0.0)).sum()) for w in (0.0, 0.5, 0.75, 1.0)]
    assert sizes[0] == 0 and sizes[0] < sizes[1] < sizes[2] < sizes[3] and sizes[3] > 120

    def wire(img):  # the shiny wire handle
        return img.min(-1) > 218

    back, upright = (wire(bucket.render(0.5, h, 0.0, 0.5, 0.0)) for h in (0.0, 1.0))
    assert _rows_cols(upright)[0].min() < _rows_cols(back)[0].min() - 4
    for img in (back, upright):  # over the middle of the bucket
        assert _centroid_x(img[..., None]) == pytest.approx(31.5, abs=0.5)
    for side in (-1.0, 1.0):  # the paving darkens on the shadow's side only
        img = bucket.render(0.5, 0.5, 0.0, 0.5, side).astype(float)[52:62]
        near, far = (img[:, :12], img[:, 52:]) if side < 0 else (img[:, 52:], img[:, :12])
        assert near.mean() < far.mean() - 15


def test_drum_sticks_rise_and_lacing_adds_cords():
    from latentexplainer.data import drum

    assert drum.FACTORS[2].categories == ("3", "5", "7")

    def sticks(img):  # the wooden sticks, above the drum (with the spotlight off)
        img = img.astype(int)
        on = (img[..., 0] > 200) & (img[..., 1] > 150) & (img[..., 1] - img[..., 2] > 25)
        on[30:] = False
        return on

    resting, raised = (sticks(drum.render(r, 0.0, 0, 0.6, 0.0)) for r in (0.0, 1.0))
    assert _rows_cols(resting)[0].min() - _rows_cols(raised)[0].min() == pytest.approx(17, abs=1.5)
    for img in (resting, raised):  # one from either side, mirrored
        assert _centroid_x(img[..., None]) == pytest.approx(31.5, abs=0.3)

    def cords(img):  # the gold cords on a blue shell
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 150) & (img[..., 2] < 120)

    for view in (0.0, 1.0):
        counts = [int(cords(drum.render(0.0, view, c, 0.6, 0.0)).sum()) for c in range(3)]
        assert counts[0] + 10 < counts[1] < counts[2] - 10
    dark, lit = (drum.render(0.5, 0.5, 0, 0.6, s).astype(int) for s in (0.0, 1.0))
    assert lit[20, 32].sum() > dark[20, 32].sum() + 200  # the curtain behind the drum


def test_pier_tide_raises_the_sea_and_the_boat_is_the_one_named():
    from latentexplainer.data import pier

    assert pier.FACTORS[2].categories == ("none", "fishing boat", "sailboat")

    def surface(img):  # the sea's top row in the last column, off the end of a short pier
        return np.nonzero(img[30:, 62, 0].astype(int) < 120)[0].min() + 30

    assert [surface(pier.render(t, 0.0, 0, 0.5, 0.0)) for t in (0.0, 0.5, 1.0)] == [52, 46, 40]

    def sail(img):  # the white sail, above the hull
        on = img.min(-1) > 232
        on[40:] = False
        return int(on.sum())

    def cabin(img):
        return int((np.abs(img.astype(int) - 255 * np.array(pier.CABIN)).max(-1) < 10).sum())

    none, fishing, sailing = (pier.render(0.5, 0.5, b, 0.5, 0.5) for b in range(3))
    assert sail(none) == sail(fishing) == 0 < 100 < sail(sailing)
    assert cabin(none) == cabin(sailing) == 0 < 30 < cabin(fishing)
    hulls = [int(_reddish(img).sum()) for img in (none, fishing, sailing)]
    assert hulls[0] == 0 < 80 < hulls[1] == hulls[2]  # the same red hull under either boat


def test_hotdog_turn_comes_back_in_half_a_turn_and_the_sauce_waves_and_changes_hue():
    from latentexplainer.data import hotdog

    assert hotdog.FACTORS[0].kind == "cyclic" and hotdog.FACTORS[0].period == pytest.approx(np.pi)
    start, half = (hotdog.render(t, 0.5, 0.1, 0.5, 0.5).astype(int) for t in (0.3, 0.3 + np.pi))
    assert np.abs(start - half).max() <= 1

    def bun(img):  # the bun's golden crumb
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 150) & (img[..., 1] < 210) & (img[..., 2] < 150)

    across, upright = (_rows_cols(bun(hotdog.render(t, 0.5, 0.33, 0.5, 0.5))) for t in (0, 1.571))
    assert len(across[1]) > len(across[0]) + 25  # lying from left to right
    assert len(upright[0]) > len(upright[1]) + 25  # a quarter turn on: lying up and down
    assert _green(hotdog.render(0.0, 0.5, 0.0, 0.5, 0.5)).sum() == 0  # ketchup
    assert _green(hotdog.render(0.0, 0.5, 0.33, 0.5, 0.5)).sum() > 100  # relish

    def crossings(img):  # where the green sauce crosses the sausage's middle line
        return int((np.diff(_green(img)[31, 14:50].astype(int)) == 1).sum())

    assert [crossings(hotdog.render(0.0, 0.5, 0.33, w, 0.5)) for w in (0.0, 0.5, 1.0)] == [3, 7, 11]



def test_tricycle_x_carries_it_right_the_pedals_come_round_in_a_whole_turn_and_the_sky_lightens_only_the_sky():
    from latentexplainer.data import tricycle

    assert tricycle.FACTORS[2].kind == "cyclic" and tricycle.FACTORS[2].period == pytest.approx(2 * np.pi)

    def black(img):  # the tyres, the saddle, the grips and the near pedal: nothing else is as dark by day
        return img.max(-1) < 40

    left, right = (black(tricycle.render(x, 0.5, 0.0, 0.3, 1.0)) for x in (0.0, 1.0))
    assert left.sum() == right.sum() > 60  # the same tricycle, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(14, abs=0.5)
    start, whole, half = (tricycle.render(0.3, 0.5, t, 0.3, 0.5).astype(int) for t in (0.4, 0.4 + 2 * np.pi,
                                                                                         0.4 + np.pi))
    assert np.abs(start - whole).max() <= 1
    changed = np.abs(start - half).max(-1) > 30  # half a turn swaps the pedals and turns the spokes
    assert changed.sum() > 40
    rows, cols = _rows_cols(changed)
    r = 8 + 5 * 0.5
    assert rows.min() >= 56 - 2 * r - 2 and rows.max() <= 56 and cols.min() >= 34 + 14 * 0.3 - r - 2  # the wheel
    dusk, day = (tricycle.render(0.5, 0.5, 1.0, 0.3, s).astype(int) for s in (0.0, 1.0))
    changed = np.abs(dusk - day).max(-1) > 0
    assert changed.sum() > 1500 and _rows_cols(changed)[0].max() < 47  # only the sky, above the hills
    assert day[:30].mean() > dusk[:30].mean() + 80


def test_beaver_water_rises_up_the_bank_the_dam_stacks_logs_and_the_fur_darkens():
    from latentexplainer.data import beaver

    assert beaver.FACTORS[2].categories == ("2", "3", "4", "5")

    def surface(img):  # the top of the blue water in the first column, below the sky
        img = img[20:, 1].astype(int)
        return np.nonzero((img[:, 2] - img[:, 0] > 60) & (img[:, 2] > img[:, 1] + 20))[0].min() + 20

    assert [surface(beaver.render(0.5, 0.5, 0, w, 0.5)) for w in (0.0, 0.5, 1.0)] == [44, 37, 30]

    def dam(img):  # how many rows of the last column but one are wood, below the trees
        img = img[20:, 62].astype(int)
        return int(((img[:, 2] < 90) & (img[:, 1] < 110)).sum())

    heights = [dam(beaver.render(0.5, 0.5, c, 0.0, 0.5)) for c in range(4)]
    assert all(4 <= h - g <= 7 for g, h in zip(heights, heights[1:])) and heights[0] >= 8  # 5.2 px a log
    light, dark = (beaver.render(0.5, 0.5, 0, 0.5, s)[46, 30].astype(int) for s in (0.0, 1.0))
    assert light.sum() > dark.sum() + 200 and light[0] > light[2] + 60  # a tan belly, then a dark brown one


def test_kiln_door_uncovers_the_fire_from_the_left_the_fire_brightens_and_the_smoke_drifts():
    from latentexplainer.data import kiln

    def iron(img):  # the iron door, in the doorway
        on = np.abs(img.astype(int) - 255 * np.array(kiln.IRON)).max(-1) < 12
        on[:36] = False
        return on

    shut, half, wide = (iron(kiln.render(o, 0.5, 0.5, 0.0, 0.5)) for o in (0.0, 0.5, 1.0))
    assert shut.sum() > 180 and 40 < half.sum() < shut.sum() / 2 and wide.sum() == 0
    assert _rows_cols(shut)[1].min() <= 25 and _rows_cols(half)[1].min() >= 32  # opened from the left
    embers, blaze = (kiln.render(1.0, h, 0.5, 0.0, 0.5)[50, 32].astype(int) for h in (0.0, 1.0))
    assert embers.sum() < 150 and blaze.min() > 140 and blaze.sum() > embers.sum() + 400

    def smoke(img):  # the grey puffs: grey, neither dark nor light
        img = img.astype(int)
        return (img.max(-1) - img.min(-1) < 20) & (img.min(-1) > 100) & (img.max(-1) < 180)

    left, up, right = (_centroid_x(smoke(kiln.render(0.5, 0.5, 0.5, s, 0.5))[..., None]) for s in (-0.9, 0.0, 0.9))
    assert left < up - 5 and right > up + 5 and up == pytest.approx(31.5, abs=1)


def test_raft_logs_count_the_log_ends_the_sail_hue_comes_round_and_the_waves_crest_white():
    from scipy import ndimage

    from latentexplainer.data import raft

    assert raft.FACTORS[1].categories == ("3", "4", "5", "6")
    assert raft.FACTORS[3].kind == "cyclic" and raft.FACTORS[3].period == 1.0

    def ends(img):  # the pale cut ends of the logs, separate discs
        on = np.abs(img.astype(int) - 255 * np.array(raft.WOOD)).max(-1) < 45
        on[:38] = False
        return ndimage.label(on)[1]

    assert [ends(raft.render(0.5, c, 0.0, 0.5, 0.0)) for c in range(4)] == [3, 4, 5, 6]
    assert np.abs(raft.render(0.3, 1, 0.2, 0.0, 0.6).astype(int) - raft.render(0.3, 1, 0.2, 1.0, 0.6)).max() <= 1
    red, cyan = (raft.render(0.5, 0, 0.0, h, 0.5)[26, 22].astype(int) for h in (0.0, 0.5))
    assert red[0] > red[2] + 80 and cyan[2] > cyan[0] + 80  # the middle of the sail, over the middle of 3 logs

    def crests(img):  # white on the sea
        return int((img[31:].min(-1) > 180).sum())

    assert crests(raft.render(0.5, 1, 0.0, 0.5, 0.0)) == 0 < 150 < crests(raft.render(0.5, 1, 0.0, 0.5, 1.0))


def test_tuba_notes_count_the_notes_the_metal_turns_gold_and_the_pleats_widen():
    from scipy import ndimage

    from latentexplainer.data import tuba

    assert tuba.FACTORS[2].categories == ("0", "1", "2", "3")

    def notes(img):  # the cream-white notes (a silver tuba is bluer)
        img = img.astype(int)
        return ndimage.label((img[..., 1] > 170) & (img[..., 0] - img[..., 2] > 15), np.ones((3, 3)))[1]

    for pleats in (0.0, 1.0):
        assert [notes(tuba.render(0.0, 0.0, c, 0.0, pleats)) for c in range(4)] == [0, 1, 2, 3]
    silver, gold = (tuba.render(0.5, 0.0, 0, t, 0.5)[40, 34].astype(int) for t in (0.0, 1.0))
    assert abs(silver[0] - silver[2]) < 25 and gold[0] > gold[2] + 100  # the bore

    def folds(img):  # light folds along the top row, above everything
        r = img[0, :, 0].astype(float)
        return int((np.diff((r > r.mean()).astype(int)) == 1).sum())

    narrow, wide = (folds(tuba.render(0.5, 0.0, 0, 0.5, w)) for w in (0.0, 1.0))
    assert narrow >= 14 and wide <= 6


def test_bonsai_lean_carries_the_apex_across_the_pads_count_and_the_pot_changes_hue():
    from scipy import ndimage

    from latentexplainer.data import bonsai

    assert bonsai.FACTORS[2].categories == ("1", "2", "3")

    def leaves(img):  # the foliage, by a red pot
        img = img.astype(int)
        return (img[..., 1] - img[..., 0] > 40) & (img[..., 1] - img[..., 2] > 40)

    left, upright, right = (_centroid_x(leaves(bonsai.render(t, 0.5, 0, 0.0, 0.5))[..., None]) for t in (-1, 0, 1))
    assert upright == pytest.approx(31.5, abs=0.5)
    assert upright - left == pytest.approx(12, abs=0.5) and right - upright == pytest.approx(12, abs=0.5)
    for wall in (0.0, 1.0):
        assert [ndimage.label(leaves(bonsai.render(0.0, 0.0, c, 0.0, wall)))[1] for c in range(3)] == [1, 2, 3]
    two, three = (leaves(bonsai.render(0.0, 0.5, c, 0.0, 0.5)) for c in (1, 2))
    assert _centroid_x(two[..., None]) < upright - 2  # the second pad on the left,
    assert _centroid_x(three[..., None]) > _centroid_x(two[..., None]) + 2  # the third on the right
    red, blue = (bonsai.render(0.0, 0.5, 0, h, 0.5)[46, 32].astype(int) for h in (0.0, 0.65))
    assert red[0] > red[2] + 80 and blue[2] > blue[0] + 80
    dark, light = (bonsai.render(0.3, 0.5, 2, 0.3, w).astype(int) for w in (0.0, 1.0))
    changed = np.abs(dark - light).max(-1) > 0
    assert _rows_cols(changed)[0].max() < 50 and light[2:10].mean() > dark[2:10].mean() + 100  # only the wall


def test_gazebo_posts_count_the_roof_rises_the_curtains_close_and_the_sky_lightens_only_the_sky():
    from scipy import ndimage

    from latentexplainer.data import gazebo

    assert gazebo.FACTORS[0].categories == ("3", "4", "5", "6")

    def posts(img):  # the white posts crossing a row under the eaves (open curtains)
        return ndimage.label(img[40].min(-1) > 220)[1]

    for sky in (0.0, 1.0):
        assert [posts(gazebo.render(c, 0.5, 0.0, 0.0, sky)) for c in range(4)] == [3, 4, 5, 6]
    low, tall = (_rows_cols(_reddish(gazebo.render(0, r, 0.5, 0.0, 0.5), 60))[0].min() for r in (0.0, 1.0))
    assert low - tall == pytest.approx(16, abs=1)  # the red roof's peak

    def curtains(img):  # the cream cloth
        img = img.astype(int)
        return (img[..., 0] > 170) & (img[..., 0] - img[..., 2] > 30)

    sizes = [int(curtains(gazebo.render(1, 0.5, c, 0.6, 0.5)).sum()) for c in (0.0, 0.5, 1.0)]
    assert sizes[0] < 10 and 100 < sizes[1] < sizes[2] - 100
    shut = curtains(gazebo.render(1, 0.5, 1.0, 0.6, 0.5))[40]
    assert shut[14:50].sum() >= 30  # closed, the curtains fill the bays from post to post
    dusk, day = (gazebo.render(2, 0.5, 0.5, 0.3, s).astype(int) for s in (0.0, 1.0))
    changed = np.abs(dusk - day).max(-1) > 0
    assert changed.sum() > 800 and _rows_cols(changed)[0].max() < 40 and not changed[27:50, 12:52].any()
    assert day[:10].mean() > dusk[:10].mean() + 80
    red, blue = (gazebo.render(0, 0.5, 0.5, h, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 22, 32)  # the roof


def test_harp_leans_about_its_plinth_more_strings_fill_its_frame_the_wood_darkens_and_the_stripes_widen():
    from latentexplainer.data import harp

    assert harp.FACTORS[1].categories == ("4", "6", "8", "10")

    def wood(img):  # dark walnut, above the wainscot
        img = img.astype(int)
        on = (img.max(-1) < 110) & (img[..., 0] > img[..., 2] + 20)
        on[44:] = False
        return on

    left, upright, right = (_centroid_x(wood(harp.render(t, 1, 1.0, 0.5))[..., None]) for t in (-0.25, 0.0, 0.25))
    assert left < upright - 5 and right > upright + 5

    def strings(img):  # neither wallpaper nor pale wood, inside the frame
        img = img.astype(int)
        on = np.all([np.abs(img - 255 * np.array(c)).max(-1) > 40 for c in (harp.PAPER, harp.STRIPE, harp.PALE)], 0)
        on[:, :20] = False
        on[44:] = False
        return on

    for lean in (-0.2, 0.0, 0.2):
        counts = [int(strings(harp.render(lean, c, 0.0, 0.0)).sum()) for c in range(4)]
        assert all(b > a + 10 for a, b in zip(counts, counts[1:])), counts
    few, many = (harp.render(0.1, c, 0.3, 0.6).astype(int) for c in (0, 3))
    rows, cols = _rows_cols(np.abs(few - many).max(-1) > 0)
    assert cols.min() >= 20 and cols.max() <= 50 and rows.max() < 50  # only between the column and the soundbox
    pale, dark = (harp.render(0.0, 0, s, 0.5)[30, 21].astype(int) for s in (0.0, 1.0))  # the column
    assert pale.sum() > dark.sum() + 300

    def stripes(img):  # stripes starting along the top row, above the harp
        r = img[0, :, 0].astype(int)
        return int((np.diff((r > 190).astype(int)) == -1).sum())

    narrow, wide = (stripes(harp.render(0.0, 1, 0.5, w)) for w in (0.0, 1.0))
    assert narrow >= 14 and wide <= 5


def test_wagon_rolls_along_the_path_big_wheels_lift_it_the_handle_rises_and_the_hay_heaps_up():
    from latentexplainer.data import wagon

    def box(img):  # the red paint (hue 0): the box with its rim and slats
        return _reddish(img)

    left, right = (box(wagon.render(x, 0.5, 0.5, 0.0, 0.0)) for x in (0.0, 1.0))
    assert left.sum() == right.sum() > 200  # the same box, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(12, abs=0.5)
    small, big = (box(wagon.render(0.5, w, 0.5, 0.0, 0.0)) for w in (0.0, 1.0))
    assert _rows_cols(small)[0].min() - _rows_cols(big)[0].min() == pytest.approx(6, abs=0.5)

    def dark(img):  # the tyres, the handle and its grip
        return img.max(-1) < 80

    down, up = (dark(wagon.render(0.5, 0.5, h, 0.0, 0.0)) for h in (0.0, 1.0))
    assert _rows_cols(down)[0].min() > _rows_cols(up)[0].min() + 15  # the grip high over the box
    assert _rows_cols(down)[1].max() > _rows_cols(up)[1].max() + 10  # the grip out ahead of the wagon

    def hay(img):
        img = img.astype(int)
        return (img[..., 0] > 180) & (img[..., 1] > 130) & (img[..., 0] - img[..., 2] > 100)

    loads = [hay(wagon.render(0.5, 0.5, 0.5, h, 0.0)) for h in (0.0, 0.5, 1.0)]
    sizes = [int(m.sum()) for m in loads]
    assert sizes[0] == 0 < sizes[1] < sizes[2] - 40 and sizes[2] > 150
    top = _rows_cols(box(wagon.render(0.5, 0.5, 0.5, 1.0, 0.0)))[0].min()
    assert top - _rows_cols(loads[2])[0].min() == pytest.approx(10, abs=1)  # the mound over the box
    red, blue = (wagon.render(0.0, 0.5, 0.5, 0.0, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 42, 8)  # the box's side


def test_jukebox_grows_taller_its_bars_count_the_neon_hue_comes_round_and_the_light_glows_on_the_wall():
    from scipy import ndimage

    from latentexplainer.data import jukebox

    assert jukebox.FACTORS[1].kind == "cyclic" and jukebox.FACTORS[1].period == 1.0
    assert jukebox.FACTORS[2].categories == ("3", "4", "5", "6")
    wall = (255 * jukebox.BACKGROUND[:, :, 32].T + 0.5).astype(int)  # the middle column, without the jukebox

    def top(img):  # the highest row of the middle column that is not the diner's wall
        return np.nonzero(np.abs(img[:, 32].astype(int) - wall).max(-1) > 2)[0].min()

    short, tall = (top(jukebox.render(c, 0.5, 0, 0.0)) for c in (0.0, 1.0))
    assert short - tall == pytest.approx(13, abs=1)

    def bars(img):  # the chrome bars crossing the grille, near its foot
        return ndimage.label(img[45, 23:42].min(-1) > 170)[1]

    for height in (0.0, 1.0):
        assert [bars(jukebox.render(height, 0.5, c, 0.5)) for c in range(4)] == [3, 4, 5, 6]
    wrap = [jukebox.render(0.3, h, 1, 0.7).astype(int) for h in (0.0, 1.0)]
    assert np.abs(wrap[0] - wrap[1]).max() <= 1
    red, cyan = (jukebox.render(0.5, h, 0, 1.0)[45, 19].astype(int) for h in (0.0, 0.5))  # a side tube
    assert red[0] > red[2] + 60 and cyan[2] > cyan[0] + 60
    off, on = (jukebox.render(0.5, 0.0, 0, s).astype(int) for s in (0.0, 1.0))
    assert np.abs(off[30, 13] - 255 * jukebox.BACKGROUND[:, 30, 13]).max() <= 1  # off: no glow on the wall
    assert on[30, 13, 0] > off[30, 13, 0] + 30 and on[45, 19].sum() > off[45, 19].sum() + 150


def test_birdbath_column_lifts_the_basin_the_water_fills_it_the_birds_perch_and_the_flowers_change_hue():
    from scipy import ndimage

    from latentexplainer.data import birdbath

    assert birdbath.FACTORS[2].categories == ("none", "one", "two")

    def stone(img):  # grey, neither dark nor coloured
        img = img.astype(int)
        return (img.max(-1) - img.min(-1) < 25) & (img.min(-1) > 100)

    short, tall = (_rows_cols(stone(birdbath.render(c, 0.5, 0, 0.0)))[0].min() for c in (0.0, 1.0))
    assert short - tall == pytest.approx(16, abs=1)

    def water(img):
        img = img.astype(int)
        return (img[..., 2] - img[..., 0] > 120) & (img[..., 2] - img[..., 1] < 110)

    sizes = [int(water(birdbath.render(0.5, w, 0, 0.0)).sum()) for w in (0.0, 0.5, 1.0)]
    assert 0 < sizes[0] < sizes[1] < sizes[2] and sizes[2] > 4 * sizes[0] + 100

    def birds(img):  # the bluebirds' backs: bluer than the water
        img = img.astype(int)
        return (img[..., 2] - img[..., 1] > 115) & (img[..., 2] > 200)

    for column in (0.0, 1.0):
        assert [ndimage.label(birds(birdbath.render(column, 0.5, c, 0.0)))[1] for c in range(3)] == [0, 1, 2]
    one = birds(birdbath.render(0.5, 0.5, 1, 0.0))
    assert _centroid_x(one[..., None]) < 31.5 - 8  # the first bird perches on the left
    red, blue = (birdbath.render(0.5, 0.5, 2, h) for h in (0.0, 0.62))
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    rows = _rows_cols(changed)[0]
    assert changed.sum() > 200 and rows.min() >= 40 and rows.max() < 53  # only the flowers
    fx, fy = birdbath.FLOWERS[0]
    assert _red_and_blue(red, blue, int(fy), int(fx + 1.8))  # a petal


def test_skateboard_spin_comes_round_in_half_a_turn_air_lifts_it_the_pattern_is_the_one_named_the_wall_changes_hue():
    from scipy import ndimage

    from latentexplainer.data import skateboard

    assert skateboard.FACTORS[0].kind == "cyclic" and skateboard.FACTORS[0].period == pytest.approx(np.pi)
    assert skateboard.FACTORS[2].categories == ("plain", "stripes", "spots")
    start, half = (skateboard.render(t, 0.4, 1, 0.3).astype(int) for t in (0.4, 0.4 + np.pi))
    assert np.abs(start - half).max() <= 1

    def deck(img):  # the yellow deck
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 150) & (img[..., 2] < 100)

    level, upright = (_rows_cols(deck(skateboard.render(t, 0.5, 0, 0.3))) for t in (0.0, np.pi / 2))
    assert len(level[1]) > len(level[0]) + 15 and len(upright[0]) > len(upright[1]) + 15

    def middle_row(mask):
        w = mask.sum(1)
        return (w * np.arange(64)).sum() / w.sum()

    low, high = (skateboard.render(0.0, a, 0, 0.3) for a in (0.0, 1.0))
    assert middle_row(deck(low)) - middle_row(deck(high)) == pytest.approx(20, abs=0.5)
    assert low[57, 32].sum() < high[57, 32].sum() - 60  # the shadow is darker under a low board

    def pattern(img):  # the dark red pattern on the deck
        img = img.astype(int)
        return (img[..., 0] > 90) & (img[..., 0] < 160) & (img[..., 1] < 60)

    plain, stripes, spots = (pattern(skateboard.render(0.0, 0.5, c, 0.3)) for c in range(3))
    assert plain.sum() == 0 and stripes.sum() > 100 and spots.sum() > 60
    assert 4 <= ndimage.label(stripes)[1] < ndimage.label(spots)[1]  # bands across the deck; many small spots
    red, blue = (skateboard.render(0.5, 0.5, 1, h).astype(int) for h in (0.0, 0.62))
    changed = np.abs(red - blue).max(-1) > 0
    assert _rows_cols(changed)[0].max() < 44 and changed.sum() > 1500  # only the wall
    assert _red_and_blue(red, blue, 5, 5)


def test_powerlines_lines_count_and_sag_the_birds_perch_on_the_top_two_and_daylight_changes_only_sky_and_field():
    from scipy import ndimage

    from latentexplainer.data import powerlines

    assert powerlines.FACTORS[1].categories == ("2", "3", "4")
    assert powerlines.FACTORS[2].categories == ("none", "three", "six")

    def lines(img):  # the dark lines crossing the middle column
        return ndimage.label(img[:56, 32].max(-1) < 90)[1]

    for sag in (0.0, 1.0):
        assert [lines(powerlines.render(sag, c, 0, 1.0)) for c in range(3)] == [2, 3, 4]

    def top_line(img):
        return int(np.nonzero(img[:56, 32].max(-1) < 90)[0].min())

    taut, slack = (top_line(powerlines.render(s, 0, 0, 1.0)) for s in (0.0, 1.0))
    assert slack - taut == pytest.approx(8, abs=1)  # the middle of the line drops 1 to 9 px below its ends

    def breasts(img):  # the birds' orange-red breasts
        return _reddish(img, 100)

    for count in range(3):
        for sag in (0.0, 1.0):
            got = [ndimage.label(breasts(powerlines.render(sag, count, b, 1.0)))[1] for b in range(3)]
            assert got == [0, 3, 6]
    high, low = (_rows_cols(breasts(powerlines.render(s, 0, 1, 1.0)))[0].mean() for s in (0.0, 1.0))
    assert low > high + 4  # the birds ride down with the sagging line
    three = breasts(powerlines.render(0.5, 1, 1, 1.0))
    assert _rows_cols(three)[0].max() < powerlines.WIRE_Y[1]  # the first three sit on the top line

    dusk, day = (powerlines.render(0.5, 1, 2, d).astype(int) for d in (0.0, 1.0))
    changed = np.abs(dusk - day).max(-1) > 0
    assert changed.sum() > 3000
    assert not changed[48:60, 8:10].any() and not changed[48:60, 54:56].any()  # the poles' feet stay
    assert day[2, 32, 2] > day[2, 32, 0] + 100 and dusk[44, 32, 0] > dusk[44, 32, 2] + 100  # blue sky; orange glow
    assert day[55, 32].sum() > dusk[55, 32].sum() + 150  # the field brightens


def test_beachhuts_count_the_huts_their_hues_come_round_the_roofs_steepen_and_the_tide_comes_up_behind_them():
    from scipy import ndimage

    from latentexplainer.data import beachhuts

    assert beachhuts.FACTORS[0].categories == ("3", "4", "5")
    assert beachhuts.FACTORS[1].kind == "cyclic" and beachhuts.FACTORS[1].period == 1.0

    def huts(img):  # the brightly painted walls crossing a row under the eaves, above the doors
        img = img.astype(int)
        return ndimage.label(img[49].max(-1) - img[49].min(-1) > 110)[1]

    for palette in (0.0, 0.37, 0.8):
        assert [huts(beachhuts.render(c, palette, 0.5, 0.5)) for c in range(3)] == [3, 4, 5]
    start, round_ = (beachhuts.render(1, p, 0.4, 0.3).astype(int) for p in (0.0, 1.0))
    assert np.abs(start - round_).max() <= 1
    red, blue = (beachhuts.render(0, p, 0.5, 0.5) for p in (0.0, 0.62))
    assert _red_and_blue(red, blue, 55, 7)  # the first hut's wall, beside its door
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    assert _rows_cols(changed)[0].min() >= 46  # only the huts' walls and doors

    def roof_top(img):  # the highest white roof pixel below the foam
        white = img.astype(int).min(-1) > 225
        white[:30] = False
        return int(_rows_cols(white)[0].min())

    flat, steep = (roof_top(beachhuts.render(0, 0.2, r, 0.0)) for r in (0.0, 1.0))
    assert flat - steep == pytest.approx(11, abs=1)

    def sea_bottom(img):  # the lowest deep-blue row of the middle column
        img = img[:, 32].astype(int)
        return int(np.nonzero(img[:, 2] - img[:, 0] > 100)[0].max())

    low, high = (beachhuts.render(1, 0.2, 0.5, t) for t in (0.0, 1.0))
    assert sea_bottom(high) - sea_bottom(low) == pytest.approx(14, abs=1)
    assert np.array_equal(low[50:], high[50:])  # the huts stay as they are


def test_washer_drum_comes_round_in_a_third_of_a_turn_the_water_rises_the_laundry_changes_hue_and_tiles_grow():
    from latentexplainer.data import washer

    assert washer.FACTORS[0].kind == "cyclic" and washer.FACTORS[0].period == pytest.approx(2 * np.pi / 3)
    yy, xx = np.mgrid[:64, :64] + 0.5
    window = np.hypot(xx - washer.CX, yy - washer.CY) < washer.GLASS + 0.5
    start, round_ = (washer.render(t, 0.4, 0.3, 0.5).astype(int) for t in (0.3, 0.3 + 2 * np.pi / 3))
    assert np.abs(start - round_).max() <= 1
    turned = np.abs(start - washer.render(0.3 + np.pi / 3, 0.4, 0.3, 0.5)).max(-1) > 0
    assert turned.sum() > 150 and not turned[~window].any()  # only inside the door's window

    def water(img):  # blue-tinted drum and paddles; the red laundry stays red
        img = img.astype(int)
        return (img[..., 2] - img[..., 0] > 60) & window

    fills = [water(washer.render(0.0, w, 0.0, 0.5)) for w in (0.0, 0.5, 1.0)]
    sizes = [int(m.sum()) for m in fills]
    assert sizes[0] < 5 and 60 < sizes[1] < sizes[2] - 60
    assert _rows_cols(fills[2])[0].min() < _rows_cols(fills[1])[0].min() - 8  # the surface rises
    red, blue = (washer.render(0.0, 0.0, h, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 45, 35)  # a bundle of laundry
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    assert changed.sum() > 100 and not changed[~window].any()

    def grout_lines(img):  # the dark grout lines crossing a row of the wall above the machine
        row = img[3].max(-1).astype(int) < 180
        return int((np.diff(row.astype(int)) == 1).sum())

    small, large = (washer.render(0.0, 0.5, 0.3, s) for s in (0.0, 1.0))
    assert grout_lines(small) >= 10 and grout_lines(large) <= 5
    changed = np.abs(small.astype(int) - large).max(-1) > 0
    assert not changed[10:56, 13:51].any() and not changed[58:].any()  # not the machine, not the floor


def test_picnic_checks_grow_and_change_hue_the_plates_are_laid_from_the_left_and_the_basket_moves_right():
    from scipy import ndimage

    from latentexplainer.data import picnic

    assert picnic.FACTORS[2].categories == ("1", "2", "3", "4")

    def apples(img):
        return _reddish(img, 100)

    for hue in (0.3, 0.6):
        assert [ndimage.label(apples(picnic.render(0.5, hue, c, 0.5)))[1] for c in range(4)] == [1, 2, 3, 4]
    one = apples(picnic.render(0.5, 0.6, 0, 0.5))
    assert _centroid_x(one[..., None]) == pytest.approx(picnic.PLATES[0][0] - 0.5, abs=0.5)  # from the left

    def basket(img):  # the brown wicker and its strap
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 30) & (img[..., 1] - img[..., 2] > 15) & (img[..., 0] < 200)

    left, right = (basket(picnic.render(0.5, 0.6, 1, b)) for b in (0.0, 1.0))
    assert left.sum() == right.sum() > 200  # the same basket, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(32, abs=0.5)

    def bands(img):  # stripes crossing a row of the blanket between the plates and the basket
        r = img[31, 6:58, 0].astype(int)
        dark = r < (r.max() + r.min()) / 2
        return int((np.diff(dark.astype(int)) == 1).sum()) + int(dark[0])

    fine, large = (bands(picnic.render(c, 0.6, 0, 0.5)) for c in (0.0, 1.0))
    assert fine >= 7 and large <= 4
    red, blue = (picnic.render(0.5, h, 0, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 10, 10)  # where two stripes cross
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    rows, cols = _rows_cols(changed)
    left_, right_, top, bottom = picnic.BLANKET
    assert changed.sum() > 1000 and rows.min() >= top and rows.max() < bottom and cols.min() >= left_
    assert cols.max() < right_  # only the blanket


def test_jars_count_the_lids_height_raises_them_the_jam_fills_up_and_changes_hue():
    from scipy import ndimage

    from latentexplainer.data import jars

    assert jars.FACTORS[0].categories == ("2", "3", "4", "5")

    def lids(img):  # the gold lids, above the shelf
        img = img.astype(int)
        on = (img[..., 0] > 170) & (img[..., 0] - img[..., 2] > 110)
        on[int(jars.SHELF_Y) - 1:] = False
        return on

    for height in (0.0, 1.0):
        assert [ndimage.label(lids(jars.render(c, height, 0.5, 0.6)))[1] for c in range(4)] == [2, 3, 4, 5]
    short, tall = (_rows_cols(lids(jars.render(1, h, 0.5, 0.6)))[0].min() for h in (0.0, 1.0))
    assert short - tall == pytest.approx(20, abs=1)

    def jam(img):  # blue jam (hue 0.6)
        img = img.astype(int)
        return img[..., 2] - img[..., 0] > 100

    levels = [jam(jars.render(1, 0.5, f, 0.6)) for f in (0.1, 0.55, 1.0)]
    sizes = [int(m.sum()) for m in levels]
    assert 0 < sizes[0] < sizes[1] - 100 < sizes[2] - 200
    tops = [int(_rows_cols(m)[0].min()) for m in levels]
    assert tops[0] > tops[1] + 8 > tops[2] + 16  # the surface rises up the jar
    red, blue = (jars.render(0, 0.5, 0.6, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 49, 26)  # the jam in the left-hand jar
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    assert changed.sum() > 150 and not changed[int(jars.SHELF_Y):].any()


def test_houseplant_leaves_multiply_the_stem_grows_the_leaves_droop_daylight_lights_the_window_and_the_pot_changes_hue():
    from latentexplainer.data import houseplant

    assert houseplant.FACTORS[0].categories == ("2", "4", "6")

    def leaves(img):  # the bright yellow-green leaves
        img = img.astype(int)
        return (img[..., 1] > 180) & (img[..., 2] < 110) & (img[..., 1] - img[..., 0] > 50)

    for height in (0.0, 0.5, 1.0):  # on a short stem the leaves overlap more
        sizes = [int(leaves(houseplant.render(c, height, 0.5, 0.5, 0.0)).sum()) for c in range(3)]
        assert sizes[0] + 60 < sizes[1] < sizes[2] - 10 * (1 + 4 * height), sizes
    short, tall = (_rows_cols(leaves(houseplant.render(0, h, 0.5, 0.5, 0.0)))[0].min() for h in (0.0, 1.0))
    assert short - tall == pytest.approx(13, abs=1.5)

    def mean_row(mask):
        w = mask.sum(1)
        return (w * np.arange(64)).sum() / w.sum()

    up, down = (mean_row(leaves(houseplant.render(1, 0.5, d, 0.5, 0.0))) for d in (0.0, 1.0))
    assert down > up + 6
    night, day = (houseplant.render(1, 0.5, 0.5, d, 0.0).astype(int) for d in (0.0, 1.0))
    assert day[10, 14].sum() > night[10, 14].sum() + 300 and day[10, 14, 2] > day[10, 14, 0] + 60  # a pane
    assert day[60, 2].sum() > night[60, 2].sum() + 200  # the wall
    assert np.array_equal(day[50, 26:38], night[50, 26:38])  # the pot stays as it is
    red, blue = (houseplant.render(1, 0.5, 0.5, 0.5, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 50, 26)  # the pot
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    assert changed.sum() > 200 and _rows_cols(changed)[0].min() >= houseplant.SOIL_Y - 1.5


def test_gumball_fills_up_the_globe_the_balls_grow_the_flavour_colours_them_and_the_paint_changes_hue():
    from latentexplainer.data import gumball

    assert gumball.FACTORS[2].categories == ("mixed", "cherry", "mint", "blueberry")
    yy, xx = np.mgrid[:64, :64] + 0.5
    globe = np.hypot(xx - gumball.CX, yy - gumball.CY) < gumball.GLOBE - 1.5
    globe[:10] = globe[40:] = False  # inside the glass, clear of the cap and the collar

    def cherries(img):  # red gumballs on a blue machine
        return _reddish(img, 60) & globe

    levels = [cherries(gumball.render(f, 0.5, 1, 0.62)) for f in (0.0, 0.5, 1.0)]
    sizes = [int(m.sum()) for m in levels]
    assert 0 < sizes[0] < 40 and sizes[0] + 150 < sizes[1] < sizes[2] - 100
    tops = [int(_rows_cols(m)[0].min()) for m in levels]
    assert tops[0] > tops[1] + 10 > tops[2] + 16  # the level rises up the globe
    bottom = [_rows_cols(cherries(gumball.render(0.0, s, 1, 0.62)))[0] for s in (0.0, 1.0)]
    assert bottom[0].max() == bottom[1].max()  # resting on the bottom of the glass
    assert len(bottom[1]) >= len(bottom[0]) + 3  # a taller gumball

    def share(img, channel):  # of the globe, the part far stronger in one channel than the others
        img = img.astype(int)
        others = np.delete(img, channel, axis=-1).max(-1)
        return ((img[..., channel] - others > 80) & globe).sum() / globe.sum()

    mixed, cherry, mint, blueberry = (gumball.render(1.0, 0.5, c, 0.62) for c in range(4))
    assert all(share(mixed, c) > 0.02 for c in range(3))  # red, green and blue gumballs together
    for img, c in ((cherry, 0), (mint, 1), (blueberry, 2)):
        assert share(img, c) > 0.2 and all(share(img, o) == 0 for o in range(3) if o != c)
    red, blue = (gumball.render(0.5, 0.5, 0, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 50, 24)  # the pedestal
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    assert changed.sum() > 300 and not changed[9:40].any()  # the gumballs and the glass stay


def test_windchime_tubes_count_the_tubes_lengthen_the_wind_swings_it_and_the_hues_and_sky_change_their_parts():
    from scipy import ndimage

    from latentexplainer.data import windchime

    assert windchime.FACTORS[0].categories == ("3", "4", "5", "6")

    def tubes(img):  # red tubes (hue 0) against a blue day sky
        return _reddish(img, 60)

    for length in (0.0, 1.0):  # a row just below the tubes' tops, hanging straight down
        assert [ndimage.label(tubes(windchime.render(c, length, 0.0, 0.0, 1.0))[21])[1] for c in range(4)] == [3, 4, 5, 6]
    short, long_ = (_rows_cols(tubes(windchime.render(1, t, 0.0, 0.0, 1.0)))[0] for t in (0.0, 1.0))
    assert short.min() == long_.min() and long_.max() - short.max() == pytest.approx(16, abs=1)
    xs = [_centroid_x(tubes(windchime.render(1, 0.5, s, 0.0, 1.0))[..., None]) for s in (-0.3, 0.0, 0.3)]
    assert xs[0] < 28 < xs[1] < 36 < xs[2]  # swung out to the left, hanging down, swung out to the right
    red, blue = (windchime.render(0, 0.5, 0.0, h, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 24, 17)  # the left-hand tube
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    assert changed.sum() > 150 and not (changed & ~_reddish(red, 30)).any()  # only the tubes
    night, day = (windchime.render(0, 0.5, 0.0, 0.0, d).astype(int) for d in (0.0, 1.0))
    assert day[10, 2, 2] > night[10, 2, 2] + 100 and day[10, 2, 2] > day[10, 2, 0] + 100  # a blue sky
    assert day[62, 30].sum() > night[62, 30].sum() + 60  # the hedge
    assert np.array_equal(day[24, 17], night[24, 17])  # the tubes stay as they are


def test_crosswalk_stripes_count_the_bars_the_crossing_widens_and_the_car_drives_right_and_changes_hue():
    from scipy import ndimage

    from latentexplainer.data import crosswalk

    assert crosswalk.FACTORS[0].categories == ("3", "4", "5", "6")

    def white(img):
        return img.astype(int).min(-1) > 200

    top, bottom = (int(v) for v in crosswalk.ROAD)
    for width in (0.0, 1.0):  # the car is away at the left
        bars = [ndimage.label(white(crosswalk.render(c, width, 0.0, 0.3))[top:bottom, 32])[1] for c in range(4)]
        assert bars == [3, 4, 5, 6]
    narrow, wide = (white(crosswalk.render(0, w, 0.0, 0.3))[20].sum() for w in (0.0, 1.0))  # along the top bar
    assert narrow == pytest.approx(8, abs=1) and wide == pytest.approx(24, abs=1)

    def car(img):  # the red car (hue 0) and its yellow headlights: the only strongly coloured pixels
        img = img.astype(int)
        return img.max(-1) - img.min(-1) > 100

    left, right = (car(crosswalk.render(1, 0.5, x, 0.0)) for x in (0.0, 1.0))
    assert left.sum() == right.sum() > 150  # the same car, moved
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(40, abs=0.5)
    rows = _rows_cols(left)[0]
    assert rows.min() > 32 and rows.max() < bottom  # in the lower lane
    red, blue = (crosswalk.render(1, 0.5, 0.5, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, int(crosswalk.CAR_Y), 32)  # the roof
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    rows, cols = _rows_cols(changed)
    assert changed.sum() > 100 and rows.min() >= 34 and rows.max() <= 48 and cols.min() >= 20 and cols.max() <= 43


def test_cookies_shape_is_the_cutter_count_the_cookies_baking_browns_them_and_the_icing_changes_hue():
    from scipy import ndimage

    from latentexplainer.data import cookies

    assert cookies.FACTORS[0].categories == ("round", "star", "heart")
    assert cookies.FACTORS[1].categories == ("3", "4", "5", "6")

    def biscuits(img):  # pale cookies (and their icing, and chips filled in) on the dark tray
        return ndimage.binary_fill_holes((img.max(-1) > 110) & _tray)

    _tray = np.zeros((64, 64), bool)
    left, right, top, bottom = (int(v) for v in cookies.TRAY_EDGES)
    _tray[top + 3:bottom - 3, left + 3:right - 3] = True
    for shape in range(3):
        assert [ndimage.label(biscuits(cookies.render(shape, c, 0.0, 0.6)))[1] for c in range(4)] == [3, 4, 5, 6]
    px, py = (int(v) for v in cookies.PLACES[1])  # the middle cookie of the top row
    window = (slice(py - 11, py + 11), slice(px - 11, px + 11))

    def middle(img):  # that cookie alone
        lab = ndimage.label(biscuits(img))[0]
        return (lab == lab[py, px])[window]

    round_, star, heart = (middle(cookies.render(s, 0, 0.0, 0.6)) for s in range(3))
    yy, xx = np.mgrid[-11:11, -11:11] + 0.5
    rho = np.hypot(xx, yy)
    assert round_[rho < 7].all() and not round_[rho > 9].any()  # a disc
    assert ndimage.label(star & (rho > 6.5))[1] == 5 and not star[(rho < 3.5)].sum() < 30  # five points
    assert star[:11].sum() > star[11:].sum()  # one point up, two down
    assert (heart != heart[:, ::-1]).sum() <= 6  # symmetric, but for a chip at its edge
    assert heart[11:].sum() < heart[:11].sum() - 20  # the point is down
    top_rows = _rows_cols(heart)[0].min()
    assert not heart[top_rows, 10:12].any() and heart[top_rows + 1, 4:8].any()  # a dip between the lobes

    pale, dark = (cookies.render(0, 0, b, 0.6).astype(int) for b in (0.0, 1.0))
    ring = (rho > 5.8) & (rho < 7.0)  # the biscuit between the icing and the edge (the chips aside)
    assert pale[window][ring].mean() > dark[window][ring].mean() + 70
    assert np.array_equal(pale[window][rho < 4.5], dark[window][rho < 4.5])  # the icing stays
    red, blue = (cookies.render(0, 0, 0.5, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, py, px)
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    near = np.min([np.hypot(*(np.mgrid[:64, :64] + 0.5 - np.array([y, x])[:, None, None]))
                   for x, y in cookies.PLACES[:3]], axis=0)
    assert changed.sum() > 150 and not changed[near > cookies.SIZE * cookies.ICING + 1].any()  # only the icing


def test_lilypond_pads_grow_their_slits_turn_round_the_lilies_change_hue_and_the_water_turns_murky():
    from latentexplainer.data import lilypond

    f = lilypond.FACTORS[1]
    assert f.kind == "cyclic" and f.period == pytest.approx(2 * np.pi)
    start, round_ = (lilypond.render(0.5, t, 0.3, 0.0).astype(int) for t in (0.4, 0.4 + 2 * np.pi))
    assert np.abs(start - round_).max() <= 1

    def pad(img):  # the green of the lily pads
        img = img.astype(int)
        return (img[..., 1] - img[..., 0] > 40) & (img[..., 1] - img[..., 2] > 40)

    right, up = (pad(lilypond.render(1.0, t, 0.3, 0.0)) for t in (0.0, np.pi / 2))
    px, py = (int(v) for v in lilypond.PADS[0][:2])  # the first pad: its slit points the factor's way
    assert not right[py, px + 6] and right[py - 7, px]  # pointing right: water to the right of the middle
    assert up[py, px + 6] and not up[py - 7, px]  # pointing up: water above it
    small, large = (pad(lilypond.render(s, 0.0, 0.3, 0.0)) for s in (0.0, 1.0))
    assert large.sum() > 2.5 * small.sum()
    red, blue = (lilypond.render(0.5, 0.0, h, 0.0) for h in (0.45, 0.07))  # petal hues 1.0 and 0.62
    lx, ly = (int(v) for v in lilypond.LILIES[1])
    assert _red_and_blue(red, blue, ly, lx + 2)
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    yy, xx = np.mgrid[:64, :64] + 0.5
    near = np.min([np.hypot(xx - x, yy - y) for x, y in lilypond.LILIES], axis=0)
    assert changed.sum() > 120 and not changed[near > lilypond.LILY_R + 1].any()  # only the lilies
    clear, murky = (lilypond.render(0.5, 0.0, 0.3, w).astype(int) for w in (0.0, 1.0))
    assert clear[60, 60, 2] > clear[60, 60, 0] + 60 and murky[60, 60, 0] > murky[60, 60, 2] + 20
    assert np.array_equal(clear[46, 8], murky[46, 8])  # a pad stays as it is


def test_curtains_open_on_the_window_the_pattern_is_the_one_named_the_cloth_changes_hue_and_the_sky_lightens():
    from scipy import ndimage

    from latentexplainer.data import curtains

    assert curtains.FACTORS[1].categories == ("plain", "striped", "dotted", "checked")

    def sky(img):  # the blue daytime sky through the glass
        img = img.astype(int)
        return (img[..., 2] > 200) & (img[..., 2] - img[..., 0] > 80)

    opened = [int(sky(curtains.render(o, 0, 0.0, 1.0)).sum()) for o in (0.0, 0.5, 1.0)]
    assert opened[0] == 0 and 200 < opened[1] < opened[2] - 200
    for o in (0.0, 0.5, 1.0):  # drawn back to the sides, each curtain keeps to its own half
        cloth = _reddish(curtains.render(o, 0, 0.0, 1.0), 80)
        cols = np.nonzero(cloth[30])[0]
        assert cols.min() == 4 and cols.max() == 59

    def printed(code):  # the pale print on red cloth, closed, in the rows above the hem
        return curtains.render(0.0, code, 0.0, 0.5).astype(int).min(-1)[9:50, 4:60] > 100

    plain, striped, dotted, checked = (printed(c) for c in range(4))
    assert not plain.any()
    assert (striped == striped[0]).all() and ndimage.label(striped[0])[1] == 8  # four stripes each, top to bottom
    assert ndimage.label(dotted)[1] >= 40 and not (dotted == dotted[0]).all()
    assert (checked.mean(1) > 0.9).sum() >= 8 and (checked.mean(0) > 0.9).sum() >= 8  # bands both ways
    red, blue = (curtains.render(0.5, 0, h, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 30, 8)
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    assert changed.sum() > 1000 and not changed[:, 24:40].any() and not changed[:7].any()  # only the cloth
    night, day = (curtains.render(0.5, 2, 0.3, d).astype(int) for d in (0.0, 1.0))
    assert day[15, 28].sum() > night[15, 28].sum() + 300 and day[15, 28, 2] > day[15, 28, 0] + 80  # a pane
    assert np.array_equal(day[:, :22], night[:, :22])  # the left curtain and the wall stay as they are


def test_bakery_loaves_are_counted_baked_the_cake_rises_the_awning_changes_hue_and_the_shop_lights_up():
    from scipy import ndimage

    from latentexplainer.data import bakery

    assert bakery.FACTORS[0].categories == ("2", "3", "4", "5")

    def loaves(img):  # runs of columns of brown crust along the display board
        band = img.astype(int)[39:45, bakery.WIN_L:bakery.WIN_R]
        return ndimage.label(((band[..., 0] - band[..., 2]) > 45).sum(0) >= 2)[1]

    for bake in (0.0, 0.5, 1.0):
        assert [loaves(bakery.render(c, bake, 0.5, 0.3, 1.0)) for c in range(4)] == [2, 3, 4, 5]
    pale, dark = (bakery.render(0, b, 0.5, 0.3, 1.0).astype(int) for b in (0.0, 1.0))
    loaf_x = int(bakery.LOAF_L + (bakery.LOAF_R - bakery.LOAF_L) / 4)  # the middle of the first of two loaves
    first = (slice(39, 45), slice(loaf_x - 4, loaf_x + 4))
    assert pale[first].mean() > dark[first].mean() + 80
    roll = int(bakery.ROLLS[1])
    assert pale[33, roll].sum() > dark[33, roll].sum() + 250  # the rolls are baked with the loaves
    assert np.array_equal(pale[:32, 34:], dark[:32, 34:])  # the cake stays as it is

    def cake_rows(img):  # rows of pale sponge, pink icing or red cherries above the stand
        c = img.astype(int)[bakery.WIN_T:int(bakery.CAKE_BOTTOM), int(bakery.CAKE_X)]
        return int(((c.min(-1) > 150) | ((c[:, 0] - c[:, 2]) > 100)).sum())

    low, tall = (cake_rows(bakery.render(0, 0.5, h, 0.3, 1.0)) for h in (0.0, 1.0))
    assert tall - low == pytest.approx(9, abs=1.5)
    red, blue = (bakery.render(0, 0.5, 0.5, h, 1.0) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 4, 4)  # a stripe of the awning
    changed = np.abs(red.astype(int) - blue).max(-1) > 0
    assert changed[:12].sum() > 150 and not changed[12:].any()  # only the awning
    dim, bright = (bakery.render(0, 0.5, 0.5, 0.3, s).astype(int) for s in (0.0, 1.0))
    inside = (slice(bakery.WIN_T, bakery.WIN_B), slice(bakery.WIN_L, bakery.WIN_R))
    assert bright[inside].mean() > dim[inside].mean() + 30
    outside = np.ones((64, 64), bool)
    outside[inside] = False
    assert np.array_equal(dim[outside], bright[outside])  # the brick, the awning, the pavement stay


def test_koi_turn_together_grow_change_colouring_and_fade_as_they_swim_deeper():
    from latentexplainer.data import koi

    f = koi.FACTORS[0]
    assert f.kind == "cyclic" and f.period == pytest.approx(2 * np.pi)
    assert koi.FACTORS[2].categories == ("white and red", "gold", "black and orange", "blue-grey and orange")
    start, round_ = (koi.render(h, 0.5, 0, 0.0).astype(int) for h in (0.3, 0.3 + 2 * np.pi))
    assert np.abs(start - round_).max() <= 1
    fx, fy = (int(v) for v in koi.FISH[0][:2])  # the first fish faces the heading itself

    def eyes(img):  # the dark eyes of the first fish
        rows, cols = np.nonzero(img.astype(int)[fy - 14:fy + 14, fx - 14:fx + 14].max(-1) < 45)
        return rows.mean() - 14 + 0.5, cols.mean() - 14 + 0.5

    right, up, left = (eyes(koi.render(h, 0.5, 0, 0.0)) for h in (0.0, np.pi / 2, np.pi))
    assert right[1] > 5 and left[1] < -5 and up[0] < -5 and abs(up[1]) < 2

    def white(img):  # the white of the koi's bodies
        return int((img.astype(int).min(-1) > 180).sum())

    small, large = (white(koi.render(1.0, s, 0, 0.0)) for s in (0.0, 1.0))
    assert large > 2 * small > 100
    kinds = [koi.render(1.0, 0.5, c, 0.0).astype(int) for c in range(4)]
    assert white(kinds[0]) > 80 and all(white(k) < 10 for k in kinds[1:])
    gold = kinds[1][(kinds[1][..., 0] > 200) & (kinds[1][..., 2] < 90)]
    assert len(gold) > 100  # gold all over
    black = (kinds[2].max(-1) < 45).sum()
    assert black > 100 and (kinds[0].max(-1) < 45).sum() < 40  # dark bodies, not just eyes
    shallow, deep = (koi.render(1.0, 0.5, 0, d) for d in (0.0, 1.0))
    assert white(deep) < white(shallow) / 10
    assert np.array_equal(shallow[:8, :8], deep[:8, :8])  # the water away from the fish stays


def test_streetlamp_stands_moves_grows_changes_style_shines_and_night_falls():
    from scipy import ndimage

    from latentexplainer.data import streetlamp

    assert streetlamp.FACTORS[2].categories == ("lantern", "twin lanterns", "swan-neck")

    def post_x(img):  # the dark iron of the plinth on the pale paving at sunset
        return np.nonzero(img.astype(int)[45:49].max(-1) < 70)[1].mean()

    for x in (0.0, 0.5, 1.0):
        assert post_x(streetlamp.render(x, 0.5, 0, 0.0, 0.0)) == pytest.approx(12 + 34 * x, abs=0.6)

    def glass(img):  # the lit glass: blobs of pale yellow light
        img = img.astype(int)[:38]
        return ndimage.label((img[..., 0] > 230) & (img[..., 1] > 215))

    short, tall = (np.nonzero(glass(streetlamp.render(0.5, h, 0, 1.0, 1.0))[0])[0].mean() for h in (0.0, 1.0))
    assert short - tall == pytest.approx(16, abs=0.5)
    short_post = streetlamp.render(0.5, 0.0, 0, 0.0, 0.0).astype(int)[:, 29]
    assert short_post[32:49].max() < 60 and short_post[5:14].min() > 60  # the short post's iron starts lower

    px = 29
    for style, blobs in ((0, 1), (1, 2), (2, 1)):
        lab, k = glass(streetlamp.render(0.5, 0.5, style, 1.0, 1.0))
        assert k == blobs, style
        cols = np.nonzero(lab)[1].mean()
        assert (cols > px + 5) if style == 2 else abs(cols - px) < 1.5
    off, on = (streetlamp.render(1.0, 0.5, 0, g, 0.7).astype(int) for g in (0.0, 1.0))
    assert on[52, 46].sum() > off[52, 46].sum() + 120  # the pool of light on the paving
    assert on[52, 46, 0] > on[52, 46, 2] + 20  # a warm light
    assert glass(off)[1] == 0 and glass(on)[1] == 1
    assert np.array_equal(off[:, :8], on[:, :8])  # far from the lamp nothing changes
    sunset, night = (streetlamp.render(1.0, 0.5, 0, 0.5, t).astype(int) for t in (0.0, 1.0))
    assert sunset[2].mean() > night[2].mean() + 60  # the sky darkens
    assert sunset[40, 20:40].mean() > night[40, 20:40].mean() + 40 and sunset[50, :8].mean() > night[50, :8].mean() + 60
    left, top_, _ = streetlamp.WINDOWS[0]
    assert np.array_equal(sunset[top_, left], night[top_, left])  # a lit window stays lit


def test_dresser_drawer_opens_on_clothes_the_drawers_are_counted_it_widens_darkens_and_the_day_brightens():
    from scipy import ndimage

    from latentexplainer.data import dresser

    assert dresser.FACTORS[1].categories == ("3", "4", "5")

    def clothes(img):  # the red and the blue clothes in the top drawer
        img = img.astype(int)[20:36, 10:54]
        red = (img[..., 0] - img[..., 1] > 90) & (img[..., 0] - img[..., 2] > 90)
        return int((red | (img[..., 2] - img[..., 0] > 60)).sum())

    shut, half, wide = (clothes(dresser.render(o, 0, 0.5, 0.5, 1.0)) for o in (0.0, 0.5, 1.0))
    assert shut == 0 and 5 < half < wide - 25

    def knobs(img):  # the brass knobs on dark walnut
        img = img.astype(int)
        return ndimage.label((img[..., 0] > 150) & (img[..., 2] < 100) & (img[..., 0] - img[..., 2] > 90))[1]

    assert [knobs(dresser.render(0.0, c, 0.5, 1.0, 1.0)) for c in range(3)] == [6, 8, 10]
    assert knobs(dresser.render(1.0, 1, 0.5, 1.0, 1.0)) == 6  # wide open, its front hides the next drawer's knobs

    def width(img):  # the chest's columns in a row of its drawers: wood is redder than the green wall
        row = img.astype(int)[40]
        return int((row[:, 0] > row[:, 1] + 10).sum())

    narrow, broad = (width(dresser.render(0.0, 0, w, 0.5, 1.0)) for w in (0.0, 1.0))
    assert narrow == pytest.approx(28, abs=2) and broad == pytest.approx(46, abs=2)
    pine, walnut = (dresser.render(0.0, 0, 0.5, w, 1.0).astype(int) for w in (0.0, 1.0))
    assert pine[26:46, 26:38].mean() > walnut[26:46, 26:38].mean() + 80
    assert np.array_equal(pine[:, :8], walnut[:, :8])  # the wall beside it stays
    dusk, day = (dresser.render(0.5, 0, 0.5, 0.5, d).astype(int) for d in (0.0, 1.0))
    assert day[30, 4].sum() > dusk[30, 4].sum() + 150 and day[58, 32].sum() > dusk[58, 32].sum() + 80
    wx, wy = int(dresser.WINDOW[0]) + 2, int(dresser.WINDOW[2]) + 2  # a pane of the window
    assert day[wy, wx].sum() > dusk[wy, wx].sum() + 250 and day[wy, wx, 2] > day[wy, wx, 0] + 40


def test_hotairballoon_moves_rises_tilts_wears_its_pattern_and_changes_hue():
    from latentexplainer.data import hotairballoon as hab

    assert hab.FACTORS[3].categories == ("plain", "vertical stripes", "horizontal bands", "checks")

    def envelope(img):  # a red envelope (hue 0): the only strongly red pixels
        return _reddish(img, 100)

    def middle(mask):
        rows, cols = np.nonzero(mask)
        return rows.mean(), cols.mean()

    (_, left), (_, right) = (middle(envelope(hab.render(x, 0.5, 0.0, 0, 0.0))) for x in (0.0, 1.0))
    assert right - left == pytest.approx(34, abs=1)
    (low, _), (high, _) = (middle(envelope(hab.render(0.5, a, 0.0, 0, 0.0))) for a in (0.0, 1.0))
    assert low - high == pytest.approx(22, abs=1)

    def lean(mask):  # how far right of the envelope's throat (its lowest rows) its top (its highest) is
        rows = _rows_cols(mask)[0]
        top, throat = mask[rows.min():rows.min() + 8], mask[rows.max() - 3:rows.max() + 1]
        return np.nonzero(top)[1].mean() - np.nonzero(throat)[1].mean()

    upright, to_left, to_right = (lean(envelope(hab.render(0.5, 0.5, t, 0, 0.0))) for t in (0.0, -0.35, 0.35))
    assert abs(upright) < 0.5 and to_left < -2.5 and to_right > 2.5

    def white(img):  # the white of the pattern (the sky is bluer)
        img = img.astype(int)
        return (img.min(-1) > 150) & (img[..., 2] - img[..., 0] < 10)

    def changes(line):  # how often a line across the envelope changes between colour and white
        return int((np.diff(line.astype(int)) != 0).sum())

    cy, cx = 25, 32  # the envelope's middle at altitude 0.5
    plain, stripes, bands, checks = (white(hab.render(0.5, 0.5, 0.0, p, 0.0)) for p in range(4))
    on = (slice(13, 40), slice(21, 43))  # round the envelope, away from the clouds
    assert plain[on].sum() == 0 and min(stripes[on].sum(), bands[on].sum(), checks[on].sum()) > 60
    assert changes(stripes[cy, cx - 9:cx + 10]) >= 4 and changes(stripes[cy - 9:cy + 4, cx]) == 0
    assert changes(bands[cy - 9:cy + 10, cx]) >= 3 and changes(bands[cy, cx - 9:cx + 10]) == 0
    assert changes(checks[cy, cx - 9:cx + 10]) >= 4 and changes(checks[cy - 9:cy + 10, cx]) >= 3
    red, blue = (hab.render(0.5, 0.5, 0.0, 0, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, cy, cx - 3)
    assert np.array_equal(red[:, :16], blue[:, :16])  # the sky and the fields stay


def test_terrarium_glass_changes_shape_plants_are_counted_and_grow_the_soil_deepens_and_the_glass_mists():
    from scipy import ndimage

    from latentexplainer.data import terrarium

    assert terrarium.FACTORS[0].categories == ("tank", "cloche", "bowl")
    assert terrarium.FACTORS[1].categories == ("1", "2", "3", "4")
    tank, cloche, bowl = (terrarium.render(s, 0, 0.5, 0.5, 0.0).astype(int) for s in range(3))
    assert tank[21, 20:44].max() < 90 and cloche[21, 20:44].min() > 90  # the tank's metal rim
    brown = lambda px: px[0] > px[2] + 50 and px.max() < 150  # noqa: E731
    assert brown(cloche[16, 32]) and brown(cloche[52, 14]) and not brown(tank[16, 32])  # knob, wooden base
    assert not brown(bowl[16, 32]) and not brown(bowl[52, 14]) and bowl[21, 20:44].min() > 90

    def leaves(img):  # the dark green leaves (the moss is paler)
        img = img.astype(int)
        return (img[..., 1] - img[..., 0] > 60) & (img[..., 1] - img[..., 2] > 60)

    for code in range(4):
        assert ndimage.label(leaves(terrarium.render(0, code, 0.0, 0.5, 0.0)))[1] == code + 1
    short, tall = (_rows_cols(leaves(terrarium.render(0, 0, h, 0.5, 0.0)))[0].min() for h in (0.0, 1.0))
    assert short - tall == pytest.approx(11, abs=1.5)

    def ground(img):  # the top of the pebbles, soil and moss, beside the plant
        column = img.astype(int)[:, 22]
        return np.nonzero(column[30:52].max(-1) < 160)[0].min() + 30

    shallow, deep = (ground(terrarium.render(0, 0, 0.5, d, 0.0)) for d in (0.0, 1.0))
    assert shallow - deep == pytest.approx(8, abs=1)
    clear, misty = (terrarium.render(0, 0, 0.5, 0.5, m).astype(int) for m in (0.0, 1.0))
    assert misty[44, 32].min() > clear[44, 32].min() + 60  # the soil behind the misted glass
    assert misty[30, 22].min() > clear[30, 22].min() + 10
    assert np.array_equal(clear[:, :10], misty[:, :10]) and np.array_equal(clear[56:], misty[56:])  # outside


def test_greenhouse_door_slides_open_plants_are_counted_and_grow_and_the_daylight_brightens():
    from scipy import ndimage

    from latentexplainer.data import greenhouse

    assert greenhouse.FACTORS[1].categories == ("2", "3", "4", "5")
    shut, wide = (greenhouse.render(o, 0, 0.5, 1.0).astype(int) for o in (0.0, 1.0))
    assert shut[32:47, 30:36].mean() > wide[32:47, 30:36].mean() + 30  # the dim inside, without the glass
    assert np.array_equal(shut[:, :15], wide[:, :15]) and np.array_equal(shut[:, 39:], wide[:, 39:])

    def pots(img):  # the terracotta pots on the bench, a pot split by a glazing bar counted once
        img = img.astype(int)[38:47]
        mask = (img[..., 0] - img[..., 2] > 90) & (img[..., 0] - img[..., 1] > 50)
        return ndimage.label(ndimage.binary_closing(mask.any(0), np.ones(3)))[1]

    for door in (0.0, 1.0):
        for height in (0.0, 1.0):
            assert [pots(greenhouse.render(door, c, height, 1.0)) for c in range(4)] == [2, 3, 4, 5]
    short, tall = (_rows_cols(_green(greenhouse.render(0.0, 0, h, 1.0)))[0].min() for h in (0.0, 1.0))
    assert short - tall == pytest.approx(17, abs=1.5)  # the tops of the plants' leaves
    dim, bright = (greenhouse.render(0.5, 0, 0.5, d).astype(int) for d in (0.0, 1.0))
    assert bright[2, 2].sum() > dim[2, 2].sum() + 250 and bright[60, 3].sum() > dim[60, 3].sum() + 120
    assert (np.abs(bright.astype(float) / np.maximum(dim, 1) - 2.1)[dim > 40] < 0.15).mean() > 0.8  # all of it


def test_bicyclerack_bikes_are_counted_grow_change_hue_and_the_shutter_rises():
    from latentexplainer.data import bicyclerack

    assert bicyclerack.FACTORS[0].categories == ("2", "3", "4")

    def frames(img):  # red frames and mudguards (hue 0) below the shop window (its goods are red too)
        mask = _reddish(img)
        mask[:33] = False
        return mask

    rights = [_rows_cols(frames(bicyclerack.render(c, 0.5, 0.0, 0.0)))[1].max() for c in range(3)]
    assert np.diff(rights).tolist() == [12, 12]  # one more bicycle at the next hoop
    (small_rows, small_cols), (large_rows, large_cols) = (_rows_cols(frames(bicyclerack.render(0, s, 0.0, 0.0)))
                                                          for s in (0.0, 1.0))
    assert small_rows.min() - large_rows.min() >= 3  # taller
    assert (large_cols.max() - large_cols.min()) - (small_cols.max() - small_cols.min()) >= 5  # and longer
    red, blue = (bicyclerack.render(1, 0.5, h, 0.0) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 49, 12) and _red_and_blue(red, blue, 46, 18)  # the bicycles' frames
    assert np.array_equal(red[:33], blue[:33])  # the shop front stays
    shut, up = (bicyclerack.render(1, 0.5, 0.3, s).astype(int) for s in (0.0, 1.0))
    for row, col in ((20, 20), (12, 40)):
        assert abs(shut[row, col, 0] - shut[row, col, 2]) < 20  # the grey shutter
        assert up[row, col, 0] > up[row, col, 2] + 60  # the warm light of the shop
    assert np.array_equal(shut[33:], up[33:]) and np.array_equal(shut[:, :6], up[:, :6])


def test_marketstall_moves_sells_its_fruit_fills_its_crates_and_its_awning_wears_its_pattern_and_hue():
    from latentexplainer.data import marketstall

    assert marketstall.FACTORS[1].categories == ("apples", "oranges", "lemons", "limes")
    assert marketstall.FACTORS[3].categories == ("plain", "broad stripes", "narrow stripes")

    def awning(img):  # a red awning (hue 0), over the stall's lime-green fruit
        mask = _reddish(img)
        mask[26:] = False
        return mask

    left, right = (np.nonzero(awning(marketstall.render(x, 3, 0.5, 0, 0.0)))[1].mean() for x in (0.0, 1.0))
    assert right - left == pytest.approx(8, abs=0.5)
    crates = [marketstall.render(0.5, c, 1.0, 0, 0.6).astype(int)[30:38, 14:50].reshape(-1, 3).mean(0)
              for c in range(4)]
    apples, oranges, lemons, limes = ((r - g, g, g - r, r - b) for r, g, b in crates)
    assert apples[0] > 100 and 60 < oranges[0] < apples[0]  # red, then orange
    assert lemons[1] > max(apples[1], oranges[1], limes[1]) + 25 and lemons[3] > 80  # yellow
    assert limes[2] > 30  # green
    low, high = (_rows_cols(_green(marketstall.render(0.5, 3, f, 0, 0.0)))[0] for f in (0.0, 1.0))
    assert low.max() == high.max() and low.min() - high.min() == pytest.approx(9, abs=1)

    def changes(img):  # white and coloured stripes along a row of the awning
        white = img.astype(int)[18, 10:54].min(-1) > 200
        return int((np.diff(white.astype(int)) != 0).sum())

    plain, broad, narrow = (changes(marketstall.render(0.5, 0, 0.5, p, 0.0)) for p in range(3))
    assert plain == 0 and broad >= 6 and narrow >= 2 * broad - 2
    red, blue = (marketstall.render(0.5, 0, 0.5, 0, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 16, 32)
    assert np.array_equal(red[26:], blue[26:])  # the stall below its awning and the square stay


def test_pagoda_storeys_are_counted_it_moves_its_roofs_change_hue_and_the_mist_thickens():
    from latentexplainer.data import pagoda

    assert pagoda.FACTORS[0].categories == ("3", "4", "5", "6")

    def roofs(img):  # magenta roofs (hue 0.8): redder and bluer than green, unlike sky, hills and trees
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 60) & (img[..., 2] - img[..., 1] > 60)

    def runs(column):
        return int((np.diff(np.concatenate([[0], column.astype(int), [0]])) == 1).sum())

    for code in range(4):
        mask = roofs(pagoda.render(code, 0.5, 0.8, 0.0))
        assert runs(mask[:, 32]) == runs(mask[:, 29]) == code + 3  # a roof over each storey
        assert _rows_cols(mask)[0].min() == pytest.approx(13.5, abs=1)  # in the same height
    left, right = (np.nonzero(roofs(pagoda.render(1, x, 0.8, 0.0)))[1].mean() for x in (0.0, 1.0))
    assert right - left == pytest.approx(16, abs=0.5)
    red, blue = (pagoda.render(0, 0.5, h, 0.0) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 43, 32) and _red_and_blue(red, blue, 43, 24)
    assert np.array_equal(red[:, :12], blue[:, :12])  # the trees beside it stay
    clear, misty = (pagoda.render(0, 0.5, 0.3, m).astype(int) for m in (0.0, 1.0))
    assert misty[60, 5].min() > clear[60, 5].min() + 100  # the mist, thick low down
    assert np.abs(misty - clear)[58:].mean() > 5 * np.abs(misty - clear)[:6].mean()  # and thin high up


def test_porthole_horizon_rolls_and_rises_the_porthole_grows_the_day_brightens_and_the_sea_roughens():
    from latentexplainer.data import porthole

    def horizon(img, col):  # the first row, down the glass, of the dark sea under the pale sky
        column = img.astype(int)[:, col].sum(-1)
        return int(np.nonzero(column[14:50] < 420)[0].min()) + 14

    level, right_up, left_up = (porthole.render(r, 0.5, 1.0, 1.0, 0.0) for r in (0.0, -0.35, 0.35))
    assert horizon(level, 18) == horizon(level, 30) == 31
    assert horizon(right_up, 18) - horizon(right_up, 30) >= 3 and horizon(left_up, 30) - horizon(left_up, 18) >= 3
    low, high = (horizon(porthole.render(0.0, h, 1.0, 1.0, 0.0), 24) for h in (0.0, 1.0))
    assert low - high == pytest.approx(14, abs=1)

    def brass(img):  # the ring: yellow
        img = img.astype(int)
        return (img[..., 0] - img[..., 2] > 70) & (img[..., 0] > 120)

    small, large = (np.nonzero(brass(porthole.render(0.0, 0.5, s, 1.0, 0.0))[31])[0] for s in (0.0, 1.0))
    assert small.min() - large.min() == pytest.approx(7, abs=1) and large.max() - small.max() == pytest.approx(7, abs=1)
    night, day = (porthole.render(0.0, 0.5, 0.5, d, 0.0).astype(int) for d in (0.0, 1.0))
    assert day[20, 32].sum() > night[20, 32].sum() + 300 and day[40, 32].sum() > night[40, 32].sum() + 120
    assert day[20, 32, 2] > day[20, 32, 0] + 40  # a blue sky by day
    assert np.array_equal(night[:, :6], day[:, :6]) and np.array_equal(night[:6], day[:6])  # the cabin wall

    def crests(img):  # white foam on the sea
        img = img.astype(int)
        return int((img[34:].min(-1) > 200).sum())

    calm, rough = (porthole.render(0.0, 0.5, 1.0, 1.0, w) for w in (0.0, 1.0))
    assert crests(calm) == 0 and crests(rough) >= 10
    assert np.array_equal(calm[:30], rough[:30])  # the sky stays


def test_xylophone_bars_are_counted_it_turns_grows_and_its_rainbow_turns_round_the_colour_wheel():
    from latentexplainer.data import xylophone

    assert xylophone.FACTORS[0].categories == ("5", "6", "7", "8")
    assert xylophone.FACTORS[3].kind == "cyclic" and xylophone.FACTORS[3].period == 1.0

    def bars(img):  # the bars' strong colours (the rug, its fringe and the floor are duller)
        img = img.astype(int)
        return img.max(-1) - img.min(-1) > 100

    def runs(line):
        return int((np.diff(np.concatenate([[0], line.astype(int), [0]])) == 1).sum())

    for size in (0.0, 1.0):
        for hue in (0.0, 0.4, 0.8):
            assert [runs(bars(xylophone.render(c, 0.0, size, hue))[32, 11:53]) for c in range(4)] == [5, 6, 7, 8]

    def slope(img):  # how far the bars' right half lies below their left half, per column
        mask = bars(img) & (_reddish(img, 60) == 0)  # not the mallets' red heads
        mask[:14], mask[51:], mask[:, :11], mask[:, 53:] = False, False, False, False
        rows, cols = np.nonzero(mask)
        right = cols >= cols.mean()
        return (rows[right].mean() - rows[~right].mean()) / (cols[right].mean() - cols[~right].mean())

    anticlockwise, level, clockwise = (slope(xylophone.render(1, t, 0.5, 0.2)) for t in (-0.45, 0.0, 0.45))
    assert anticlockwise < -0.15 and abs(level) < 0.08 and clockwise > 0.15
    small, large = (np.nonzero(bars(xylophone.render(0, 0.0, s, 0.2))[32, 11:53])[0] for s in (0.0, 1.0))
    assert (large.max() - large.min()) - (small.max() - small.min()) == pytest.approx(6, abs=1)
    red, blue = (xylophone.render(0, 0.0, 0.5, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 28, 23)  # the longest bar
    assert np.array_equal(red[:, :8], blue[:, :8])  # the rug and the floor stay
    assert np.array_equal(xylophone.render(1, 0.2, 0.5, 0.0), xylophone.render(1, 0.2, 0.5, 1.0))  # a whole turn


def test_stove_burners_light_in_order_the_flames_grow_the_hob_darkens_and_the_kitchen_dims():
    from latentexplainer.data import stove

    assert stove.FACTORS[0].categories == ("1", "2", "3", "4")

    def flames(img):  # the blue gas flames: far bluer than red (hob, worktop, knobs and caps are not)
        img = img.astype(int)
        return img[..., 2] - img[..., 0] > 100

    def lit(img):  # which burners (back left, back right, front left, front right) have flames
        mask = flames(img)
        return [bool(mask[int(cy) - 12:int(cy) + 12, int(cx) - 12:int(cx) + 12].sum() > 20)
                for cx, cy in stove.BURNERS]

    for code in range(4):
        assert lit(stove.render(code, 0.5, 0.5, 0.5, 1.0)) == [i <= code for i in range(4)]
    low, high = (int(flames(stove.render(0, s, 0.5, 0.5, 1.0)).sum()) for s in (0.0, 1.0))
    assert high > low + 60
    white, black = (stove.render(0, 0.5, 0.5, h, 1.0).astype(int) for h in (0.0, 1.0))
    assert white[29, 32].min() > 200 and black[29, 32].max() < 50  # the hob between the burners
    assert np.array_equal(white[:, :3], black[:, :3])  # the worktop stays
    dim, bright = (stove.render(3, 0.5, 0.5, 0.0, k).astype(int) for k in (0.0, 1.0))
    assert bright[32, 1].sum() > dim[32, 1].sum() + 200 and bright[29, 32].sum() > dim[29, 32].sum() + 300
    mask = flames(bright)
    assert mask.sum() > 200 and flames(dim)[mask].all()  # the flames shine on in the dim kitchen


def test_sheep_join_the_flock_grow_lower_their_heads_grow_fleece_and_the_grass_dries():
    from scipy import ndimage

    from latentexplainer.data import sheep

    assert sheep.FACTORS[0].categories == ("2", "3", "4")

    def wool(img):  # pale wool in the meadow (the sky and the hills are above it)
        mask = img.astype(int).min(-1) > 150
        mask[:int(sheep.HORIZON) + 1] = False
        return mask

    def faces(img):  # the dark faces and legs
        return img.astype(int).max(-1) < 50

    for code in range(3):
        assert ndimage.label(wool(sheep.render(code, 0.5, 0.5, 1.0, 0.5)))[1] == code + 2
    small, large = (wool(sheep.render(0, s, 0.5, 1.0, 0.5)) for s in (0.0, 1.0))
    assert large.sum() > 1.6 * small.sum()
    assert np.ptp(_rows_cols(large[46:])[1]) >= np.ptp(_rows_cols(small[46:])[1]) + 4  # the front sheep is longer
    raised, grazing = (_rows_cols(faces(sheep.render(0, 0.5, g, 0.5, 0.5)))[0].min() for g in (0.0, 1.0))
    assert grazing - raised >= 8  # the highest face comes down to the grass
    shorn, woolly = (sheep.render(1, 0.5, 0.5, w, 0.5) for w in (0.0, 1.0))
    assert wool(woolly).sum() > 1.3 * wool(shorn).sum()
    assert woolly.astype(int)[wool(woolly)].min(-1).mean() > shorn.astype(int)[wool(shorn)].min(-1).mean() + 20
    green, straw = (sheep.render(0, 0.5, 0.5, 0.5, g).astype(int) for g in (0.0, 1.0))
    assert green[62, 62, 1] > green[62, 62, 0] + 40  # the grass in the corner
    assert straw[62, 62, 0] > straw[62, 62, 2] + 60 and abs(straw[62, 62, 0] - straw[62, 62, 1]) < 40
    assert np.array_equal(green[:20], straw[:20])  # the sky stays


def test_fridge_moves_grows_opens_on_its_stocked_shelves_and_changes_hue():
    from latentexplainer.data import fridge

    assert fridge.FACTORS[3].categories == ("2", "3", "4")

    def paint(img):  # the red paint (hue 0) of the shut fridge: redder than the cream wall
        img = img.astype(int)
        return img[..., 0] - img[..., 1] > 50

    left, right = (np.nonzero(paint(fridge.render(x, 0.5, 0.0, 0, 0.0)))[1].mean() for x in (0.0, 1.0))
    assert right - left == pytest.approx(26, abs=0.5)
    (short, _), (tall, _) = (_rows_cols(paint(fridge.render(0.5, h, 0.0, 0, 0.0))) for h in (0.0, 1.0))
    assert short.min() - tall.min() == pytest.approx(18, abs=1) and short.max() == tall.max()

    def inside(img):  # the lit white inside, above the skirting board
        mask = img.astype(int).min(-1) > 240
        mask[52:] = False
        return mask

    shut, wide = (fridge.render(0.5, 0.5, d, 0, 0.0) for d in (0.0, 1.0))
    assert inside(shut).sum() == 0 and inside(wide).sum() > 150
    for code in range(3):  # the column between the red tub and the green bottle, below the freezer
        column = fridge.render(0.5, 1.0, 1.0, code, 0.3).astype(int)[17:53, 39]
        shelf = column[:, 2] - column[:, 0] > 25  # the bluish glass shelves on the white inside
        assert int((np.diff(np.concatenate([[0], shelf.astype(int), [0]])) == 1).sum()) == code + 2
    red, blue = (fridge.render(0.5, 0.5, 0.0, 0, h).astype(int) for h in (0.0, 0.62))
    assert red[30, 27, 0] > red[30, 27, 2] + 60 and blue[30, 27, 2] > blue[30, 27, 0] + 60  # the door
    assert np.array_equal(red[:, :3], blue[:, :3]) and np.array_equal(red[:6], blue[:6])  # the wall stays


def test_bed_pillows_pile_up_the_blanket_pulls_up_wears_its_pattern_and_hue_and_the_window_lightens():
    from latentexplainer.data import bed

    assert bed.FACTORS[0].categories == ("1", "2", "3")
    assert bed.FACTORS[2].categories == ("plain", "striped", "checked", "spotted")
    assert bed.FACTORS[3].kind == "cyclic" and bed.FACTORS[3].period == 1.0

    def white(img):
        return img.astype(int).min(-1) > 235

    tops = [int(np.nonzero(white(bed.render(c, 0.0, 0, 0.0, 0.5))[:, 10:28].any(1))[0].min()) for c in range(3)]
    assert all(7 <= a - b <= 8 for a, b in zip(tops, tops[1:]))  # a pillow more on the pile each time

    def blanket(img):  # a plain red blanket (hue 0)
        return _reddish(img, 80)

    near_foot, pulled_up = (_rows_cols(blanket(bed.render(0, p, 0, 0.0, 0.5)))[1].min() for p in (0.0, 1.0))
    assert near_foot - pulled_up == pytest.approx(26, abs=1)
    plain, striped, checked, spotted = (bed.render(0, 0.5, p, 0.0, 0.5).astype(int)[37:48, 35:54] for p in range(4))
    light = [(img.min(-1) > 200).mean() for img in (plain, striped, checked, spotted)]
    dark = [(img.max(-1) < 130).mean() for img in (plain, striped, checked, spotted)]
    assert light[0] == 0 and light[2] == 0 and 0.3 < light[1] < 0.7 and 0.2 < light[3] < 0.6
    assert dark[0] == 0 and dark[2] > 0.2
    assert np.abs(striped - spotted).mean() > 20
    red, blue = (bed.render(0, 0.5, 0, h, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 44, 50)
    assert np.array_equal(red[:30], blue[:30])  # the wall, the window and the pillow stay
    assert np.array_equal(bed.render(1, 0.5, 1, 0.0, 0.5), bed.render(1, 0.5, 1, 1.0, 0.5))  # a whole turn
    night, day = (bed.render(0, 0.5, 0, 0.3, d).astype(int) for d in (0.0, 1.0))
    assert day[10, 38].sum() > night[10, 38].sum() + 300 and day[10, 38, 2] > day[10, 38, 0] + 60
    assert np.array_equal(night[27:], day[27:])  # the room below the window stays


def test_roundabout_roads_lead_in_the_car_goes_round_changes_hue_the_island_grows_and_snow_falls():
    from latentexplainer.data import roundabout

    assert roundabout.FACTORS[0].categories == ("3", "4", "5")
    assert roundabout.FACTORS[1].kind == "cyclic" and roundabout.FACTORS[1].period == pytest.approx(2 * np.pi)
    assert roundabout.FACTORS[2].kind == "cyclic" and roundabout.FACTORS[2].period == 1.0

    def road(img, row, col):  # the dark grey road
        px = img[row, col].astype(int)
        return px.max() < 90 and px.max() - px.min() < 10

    for code in range(3):
        img = roundabout.render(code, np.pi / 2, 0.0, 0.5, 0.0)
        assert all(road(img, r, c) for r, c in ((29, 1), (29, 62), (62, 29)))  # left, right, down
        assert road(img, 1, 29) == (code >= 1) and road(img, 7, 60) == (code >= 2)  # up, upper right

    def car(img):  # a red car (hue 0)
        return _reddish(img, 100)

    ways = {}
    for name, a in (("right", 0.0), ("down", np.pi / 2), ("left", np.pi), ("up", 1.5 * np.pi)):
        rows, cols = np.nonzero(car(roundabout.render(0, a, 0.0, 0.5, 0.0)))
        ways[name] = rows.mean() - 32, cols.mean() - 32
    assert ways["right"][1] > 12 and ways["down"][0] > 12 and ways["left"][1] < -12 and ways["up"][0] < -12
    full = roundabout.render(1, 2 * np.pi, 0.0, 0.5, 0.0).astype(int)
    assert np.abs(full - roundabout.render(1, 0.0, 0.0, 0.5, 0.0)).max() <= 1  # a whole turn
    red, blue = (roundabout.render(0, 0.0, h, 0.5, 0.0) for h in (0.0, 0.62))
    rows, cols = np.nonzero(car(red))
    assert _red_and_blue(red, blue, int(np.median(rows)), int(np.median(cols)))
    assert np.array_equal(roundabout.render(0, 1.0, 0.0, 0.5, 0.0), roundabout.render(0, 1.0, 1.0, 0.5, 0.0))

    def island(img):  # how wide the island (and its kerb) is along the middle row
        px = img.astype(int)[32]
        dark = (px.max(-1) < 90) & (px.max(-1) - px.min(-1) < 10)  # the road, not the dark green tree
        return int(np.nonzero(dark[32:])[0].min() + np.nonzero(dark[:32][::-1])[0].min())

    small, large = (island(roundabout.render(0, np.pi / 2, 0.0, s, 0.0)) for s in (0.0, 1.0))
    assert large - small == pytest.approx(14, abs=1.5)
    green, snowy = (roundabout.render(1, np.pi / 2, 0.0, 0.5, s).astype(int) for s in (0.0, 1.0))
    assert green[4, 4, 1] > green[4, 4, 0] + 40 and snowy[4, 4].min() > 230
    assert np.array_equal(green[29, :6], snowy[29, :6])  # the roads stay clear


def test_swimmingpool_ropes_count_the_lanes_the_swimmer_swims_the_water_changes_ripples_and_falls_in_shade():
    from latentexplainer.data import swimmingpool

    assert swimmingpool.FACTORS[0].categories == ("3", "4", "5", "6")

    def ropes(img):  # rows with red floats (the first run of red floats along each rope)
        mask = _reddish(img, 100)[:, 6:14].any(1)
        return int((np.diff(np.concatenate([[0], mask.astype(int), [0]])) == 1).sum())

    for code in range(4):
        assert ropes(swimmingpool.render(code, 0.5, 0.5, 0.5, 0.0)) == code + 2  # a rope between lanes

    def cap(img):  # the swimmer's yellow cap
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 170) & (img[..., 2] < 100)

    start, end = (np.nonzero(cap(swimmingpool.render(0, s, 0.5, 0.5, 0.0)))[1].mean() for s in (0.0, 1.0))
    assert end - start == pytest.approx(25, abs=0.5)
    for code in range(4):  # always in the middle of the top lane
        rows = np.nonzero(cap(swimmingpool.render(code, 0.5, 0.5, 0.5, 0.0)))[0]
        assert rows.mean() + 0.5 == pytest.approx(10 + 22 / (code + 3), abs=0.6)
    green, blue = (swimmingpool.render(0, 0.5, h, 0.0, 0.0).astype(int)[12:52, 8:56] for h in (0.0, 1.0))
    assert (green[..., 1] - green[..., 2]).mean() > 20 and (blue[..., 2] - blue[..., 1]).mean() > 60
    still, rippled = (swimmingpool.render(0, 0.5, 0.5, r, 0.0) for r in (0.0, 1.0))
    assert (rippled.astype(int)[12:52, 8:56].min(-1) > 200).sum() > (still.astype(int)[12:52, 8:56].min(-1) > 200).sum() + 200
    assert np.array_equal(still[:8], rippled[:8])  # the paving stays
    sunny, shady = (swimmingpool.render(0, 0.5, 0.5, 0.5, s).astype(int) for s in (0.0, 1.0))
    assert shady[3, 3].sum() < 0.6 * sunny[3, 3].sum() and shady[40, 20].sum() < 0.6 * sunny[40, 20].sum()
    assert np.array_equal(sunny[:, 46:], shady[:, 46:])  # the right of the image stays in the sun


def test_turntable_record_is_sized_turns_round_the_arm_swings_in_and_the_label_and_wood_change_colour():
    from latentexplainer.data import turntable

    assert turntable.FACTORS[0].categories == ("7-inch", "10-inch", "12-inch")
    assert turntable.FACTORS[1].kind == "cyclic" and turntable.FACTORS[1].period == pytest.approx(2 * np.pi)

    def vinyl(img):  # the black record (the platter, the plinth and the arm are far lighter)
        return img.astype(int).max(-1) < 60

    edges = [int(np.nonzero(vinyl(turntable.render(c, 0.0, 0.0, 0.3, 0.5))[32])[0].min()) for c in range(3)]
    assert edges == [14, 10, 6]  # the record's left edge: radius 13, 17 and 21 px round x = 27

    def white_side(img):  # where the label's white half lies, from the record's middle
        mask = img.astype(int).min(-1) > 215
        mask[:, :18], mask[:, 37:], mask[:22], mask[42:] = False, False, False, False
        rows, cols = np.nonzero(mask)
        return rows.mean() + 0.5 - turntable.CY, cols.mean() + 0.5 - turntable.CX

    right, down, left, up = (white_side(turntable.render(2, a, 0.0, 0.3, 0.5)) for a in np.arange(4) * np.pi / 2)
    assert right[1] > 2 and down[0] > 2 and left[1] < -2 and up[0] < -2
    assert max(abs(right[0]), abs(down[1]), abs(left[0]), abs(up[1])) < 1
    full = turntable.render(1, 2 * np.pi, 0.5, 0.3, 0.5).astype(int)
    assert np.abs(full - turntable.render(1, 0.0, 0.5, 0.3, 0.5)).max() <= 1  # a whole turn

    def arm_over_record(img):  # the silver arm over the black record, outside the label
        rows, cols = np.mgrid[0:64, 0:64] + 0.5
        ring = (np.hypot(cols - turntable.CX, rows - turntable.CY) > 10) & (np.hypot(cols - turntable.CX,
                                                                                     rows - turntable.CY) < 20)
        return int((ring & (img.astype(int).min(-1) > 180)).sum())

    assert arm_over_record(turntable.render(2, 0.0, 0.0, 0.3, 0.5)) == 0
    assert arm_over_record(turntable.render(2, 0.0, 1.0, 0.3, 0.5)) > 20
    red, blue = (turntable.render(0, 0.0, 0.0, h, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 27, 23)  # the label's coloured half, on the left at no turn
    assert np.array_equal(red[:, 40:], blue[:, 40:])  # only the label changes
    oak, walnut = (turntable.render(0, 0.0, 0.0, 0.3, w).astype(int) for w in (0.0, 1.0))
    assert oak[1, 1].sum() > walnut[1, 1].sum() + 250 and oak[1, 1, 0] > oak[1, 1, 2] + 60
    assert np.array_equal(oak[8:56, 6:58], walnut[8:56, 6:58])  # the record player stays


def test_doghouse_kennel_moves_grows_its_roof_changes_hue_the_dog_changes_coat_and_the_day_brightens():
    from latentexplainer.data import doghouse

    assert doghouse.FACTORS[3].categories == ("white", "golden", "black", "spotted")

    def roof(img):  # the red roof (hue 0)
        return _reddish(img, 80)

    (_, left), (_, right) = (_rows_cols(roof(doghouse.render(k, 0.5, 0.0, 0, 1.0))) for k in (0.0, 1.0))
    assert right.mean() - left.mean() == pytest.approx(24, abs=0.5)
    (small_rows, small), (large_rows, large) = (_rows_cols(roof(doghouse.render(0.5, s, 0.0, 0, 1.0)))
                                                 for s in (0.0, 1.0))
    assert np.ptp(large) - np.ptp(small) == pytest.approx(12, abs=1.5)
    assert small_rows.min() - large_rows.min() >= 12  # the larger kennel's roof rises higher
    red, blue = (doghouse.render(0.5, 0.5, h, 0, 1.0) for h in (0.0, 0.62))
    rows, cols = np.nonzero(roof(red))
    assert _red_and_blue(red, blue, rows[len(rows) // 2], cols[len(rows) // 2])
    assert np.array_equal(red[40:], blue[40:])  # the kennel's walls, the dog and the lawn stay

    def dog(img):  # the dog's body, in front of the kennel on the lawn
        return img.astype(int)[54:59, 33:44].reshape(-1, 3)

    white, golden, black, spotted = (dog(doghouse.render(0.0, 0.5, 0.3, c, 1.0)) for c in range(4))
    assert white.min() > 200 and black.max() < 50
    assert (golden[:, 0] > golden[:, 2] + 100).all()
    dark, light = (spotted.max(-1) < 50).mean(), (spotted.min(-1) > 200).mean()  # black patches on white
    assert 0.15 < dark < 0.6 and light > 0.3 and dark + light > 0.7
    dusk, day = (doghouse.render(0.5, 0.5, 0.3, 0, d).astype(int) for d in (0.0, 1.0))
    assert day[2, 2, 2] > day[2, 2, 0] + 80 and dusk[2, 2, 2] < 150  # the sky
    assert dusk[16, 2, 0] > dusk[16, 2, 2] + 60  # an orange glow low in the dusk sky
    assert day[62, 2].sum() > 1.5 * dusk[62, 2].sum()  # the lawn lights up


def test_billiards_balls_are_racked_the_cue_ball_moves_the_cue_goes_round_and_the_cloth_and_lamp_change():
    from latentexplainer.data import billiards

    assert billiards.FACTORS[0].categories == ("3", "6", "10")
    assert billiards.FACTORS[2].kind == "cyclic" and billiards.FACTORS[2].period == pytest.approx(2 * np.pi)

    def racked(img):  # which of the rack's ten places hold a ball (the cloth: hue 0.45, lamp full)
        cloth = 255 * 1.05 * billiards.R.hsv(0.45, 0.75, 0.7)
        return [bool(np.abs(img[int(py), int(px)].astype(float) - cloth * billiards.POOL[int(py), int(px)]).max() > 40)
                for px, py in billiards.PLACES]

    for code, count in enumerate((3, 6, 10)):
        assert racked(billiards.render(code, 0.5, np.pi, 0.45, 1.0)) == [i < count for i in range(10)]

    def cue_ball(img):  # the white cue ball, left of the rack
        mask = img.astype(int).min(-1) > 200
        mask[:, 29:] = False
        return _rows_cols(mask)

    (_, left), (_, right) = (cue_ball(billiards.render(0, x, np.pi / 2, 0.45, 1.0)) for x in (0.0, 1.0))
    assert right.mean() - left.mean() == pytest.approx(14, abs=0.5)

    def cue(img):  # the cue's pale wooden shaft, from the cue ball
        img = img.astype(int)
        mask = (img[..., 0] - img[..., 2] > 50) & (img[..., 2] > 70) & (img[..., 1] > 100)
        rows, cols = np.nonzero(mask)
        return rows.mean() + 0.5 - billiards.MID_Y, cols.mean() + 0.5 - 17.0

    right, down, left, up = (cue(billiards.render(0, 0.5, a, 0.3, 1.0)) for a in np.arange(4) * np.pi / 2)
    assert right[1] > 12 and down[0] > 10 and left[1] < -5 and up[0] < -10
    full = billiards.render(1, 0.5, 2 * np.pi, 0.3, 0.5).astype(int)
    assert np.abs(full - billiards.render(1, 0.5, 0.0, 0.3, 0.5)).max() <= 1  # a whole turn
    red, blue = (billiards.render(0, 0.5, np.pi, h, 1.0) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 20, 20)
    assert np.array_equal(red[:6], blue[:6])  # the carpet stays
    dim, bright = (billiards.render(2, 0.5, 1.0, 0.3, k).astype(float) for k in (0.0, 1.0))
    assert bright.mean() / dim.mean() == pytest.approx(1.05 / 0.55, rel=0.03)
    assert bright[32, 32].sum() > bright[32, 8].sum()  # the lamp is brightest over the middle


def test_wateringcan_rises_grows_tips_forward_to_pour_changes_hue_and_the_sky_clears():
    from latentexplainer.data import wateringcan

    assert wateringcan.FACTORS[3].kind == "cyclic" and wateringcan.FACTORS[3].period == 1.0

    def paint(img):  # the red can (hue 0), above the lawn and its flowers
        mask = _reddish(img, 80)
        mask[44:] = False
        return mask

    (low, _), (high, _) = (_rows_cols(paint(wateringcan.render(h, 0.5, 0.0, 0.0, 0.5))) for h in (0.0, 1.0))
    assert low.min() - high.min() == pytest.approx(16, abs=1)
    (_, small), (_, large) = (_rows_cols(paint(wateringcan.render(0.5, s, 0.0, 0.0, 0.5))) for s in (0.0, 1.0))
    assert np.ptp(large) - np.ptp(small) == pytest.approx(11, abs=1.5)

    def water(img):  # the pale blue streams, in front of the hedge and the lawn (above the flowers)
        img = img.astype(int)
        mask = (img[..., 2] > 170) & (img[..., 2] > img[..., 0] + 15)
        mask[:30], mask[44:] = False, False
        return mask

    def spout_row(img):  # how low the rose at the spout's end hangs
        rows, cols = np.nonzero(paint(img))
        return rows[cols >= cols.max() - 2].mean()

    upright, pouring = (wateringcan.render(0.5, 0.5, t, 0.0, 0.5) for t in (0.0, 0.9))
    assert water(upright).sum() == 0 and water(pouring).sum() > 20
    assert spout_row(pouring) > spout_row(upright) + 8
    red, blue = (wateringcan.render(0.5, 0.5, 0.0, h, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 30, 22)  # the body
    assert np.array_equal(wateringcan.render(0.2, 0.4, 0.6, 0.0, 0.5), wateringcan.render(0.2, 0.4, 0.6, 1.0, 0.5))
    grey, clear = (wateringcan.render(0.5, 0.5, 0.0, 0.3, s).astype(int) for s in (0.0, 1.0))
    assert abs(grey[2, 2, 2] - grey[2, 2, 0]) < 25 and clear[2, 2, 2] > clear[2, 2, 0] + 80
    assert clear[9, 52, 0] > 240 and clear[9, 52, 2] < 200 and abs(grey[9, 52, 2] - grey[9, 52, 0]) < 25  # the sun
    assert np.array_equal(grey[45:], clear[45:])  # the lawn and the flower bed stay


def test_burger_patties_stack_up_it_grows_the_bun_toasts_a_bite_goes_and_the_cloth_changes_hue():
    from latentexplainer.data import burger

    assert burger.FACTORS[0].categories == ("1", "2", "3")

    def patty_rows(img):  # rows of dark brown patty down the burger's middle
        column = img.astype(int)[:, 30]
        return int(((column.max(-1) < 110) & (column[:, 0] > column[:, 2] + 20)).sum())

    def top(img):  # the top of the bun, down the middle: the first row that is not the wall
        return int(np.nonzero(np.abs(img.astype(int)[:, 32] - 255 * np.array(burger.WALL)).max(-1) > 30)[0].min())

    stacks = [burger.render(c, 1.0, 0.3, 0.0, 0.3) for c in range(3)]
    heights = [patty_rows(img) for img in stacks]
    assert all(b - a == pytest.approx(6, abs=1) for a, b in zip(heights, heights[1:]))
    tops = [top(img) for img in stacks]
    assert all(a - b == pytest.approx(6, abs=1) for a, b in zip(tops, tops[1:]))  # the bun rises with the stack
    small, large = (top(burger.render(0, s, 0.3, 0.0, 0.3)) for s in (0.0, 1.0))
    assert small - large == pytest.approx(10, abs=1)
    pale, toasted = (burger.render(0, 0.5, t, 0.0, 0.3).astype(int) for t in (0.0, 1.0))
    assert pale[49, 32].sum() > toasted[49, 32].sum() + 150 and toasted[49, 32, 0] > toasted[49, 32, 2] + 100
    assert np.array_equal(pale[:, :8], toasted[:, :8])  # the wall and the cloth stay

    def right_edge(img, row):  # the burger's rightmost pixel in the row (the wall behind it)
        return int(np.nonzero(np.abs(img.astype(int)[row] - 255 * np.array(burger.WALL)).max(-1) > 30)[0].max())

    whole, bitten = (burger.render(0, 0.5, 0.3, b, 0.3) for b in (0.0, 1.0))
    assert right_edge(whole, 38) - right_edge(bitten, 38) >= 10
    assert np.array_equal(whole[:, :32], bitten[:, :32])  # the left of the burger stays whole
    red, blue = (burger.render(0, 0.5, 0.3, 0.0, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 44, 8)  # a check of the cloth
    assert np.array_equal(red[:40], blue[:40])  # the wall and the burger stay


def test_carpark_bays_fill_the_car_drives_along_grows_changes_hue_and_the_rain_wets_the_ground():
    from latentexplainer.data import carpark

    assert carpark.FACTORS[0].categories == ("1", "2", "3", "4")
    assert carpark.FACTORS[3].kind == "cyclic" and carpark.FACTORS[3].period == 1.0
    tarmac = 255 * np.array(carpark.DRY_TARMAC)

    def taken(img):  # which of the five bays hold a car (the dry tarmac shows in an empty one)
        bays = []
        for b in range(5):
            cx = int(carpark.BAY_LEFT + carpark.BAY_W * (b + 0.5))
            block = img[12:20, cx - 2:cx + 2].astype(float)
            bays.append(bool((np.abs(block - tarmac).max(-1) > 40).mean() > 0.5))
        return bays

    assert [taken(carpark.render(c, 0.5, 0.5, 0.3, 0.0)) for c in range(4)] == [
        [False, True, False, False, False], [False, True, False, True, False],
        [True, True, False, True, False], [True, True, False, True, True]]

    def car(img):  # the red driving car (hue 0), in the aisle
        mask = _reddish(img, 100)
        mask[:28] = False
        return _rows_cols(mask)

    (_, left), (_, right) = (car(carpark.render(0, x, 0.5, 0.0, 0.0)) for x in (0.0, 1.0))
    assert right.mean() - left.mean() == pytest.approx(40, abs=0.5)
    (short_rows, short), (long_rows, long) = (car(carpark.render(0, 0.5, s, 0.0, 0.0)) for s in (0.0, 1.0))
    assert np.ptp(long) - np.ptp(short) == pytest.approx(8, abs=1)
    assert np.ptp(long_rows) - np.ptp(short_rows) == pytest.approx(3, abs=1)
    red, blue = (carpark.render(0, 0.5, 0.5, h, 0.0) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 36, 38)  # the bonnet
    assert np.array_equal(red[:28], blue[:28]) and np.array_equal(red[46:], blue[46:])  # the bays and the pavement
    assert np.array_equal(carpark.render(1, 0.3, 0.5, 0.0, 0.5), carpark.render(1, 0.3, 0.5, 1.0, 0.5))
    dry, wet = (carpark.render(0, 0.5, 0.5, 0.3, w).astype(int) for w in (0.0, 1.0))
    assert dry[30, 2].sum() > wet[30, 2].sum() + 120  # the tarmac darkens
    assert abs(dry[44, 9].sum() - dry[30, 2].sum()) < 40 and wet[44, 9].sum() > wet[30, 2].sum() + 150  # a puddle
    assert np.array_equal(dry[14:18, 18:22], wet[14:18, 18:22])  # the parked car stays


def test_mailtruck_drives_along_opens_its_door_carries_parcels_and_its_paint_wraps_round():
    from latentexplainer.data import mailtruck

    assert mailtruck.FACTORS[2].categories == ("1", "2", "3", "4")
    assert mailtruck.FACTORS[3].kind == "cyclic" and mailtruck.FACTORS[3].period == 1.0
    (_, left), (_, right) = (_rows_cols(_reddish(mailtruck.render(x, 0.0, 0, 0.0))) for x in (0.0, 1.0))
    assert right.min() - left.min() == pytest.approx(21, abs=1) and np.ptp(right) == np.ptp(left)

    def dark(img):  # the van's dark inside, through the open door (the wheels are below row 42)
        return int((img.astype(int)[23:42].max(-1) < 50).sum())

    shut, wide = (dark(mailtruck.render(0.5, d, 0, 0.3)) for d in (0.0, 1.0))
    assert shut < 10 and wide - shut == pytest.approx(13 * 16, abs=25)

    def loaded(img):  # which of the four places on the roof hold a parcel (cardboard brown, not sky)
        back = 31 + 21 * 0.5 - mailtruck.BODY_LEN
        return [bool(img[int(mailtruck.ROOF_Y - up - 3), int(back + along + 3)].astype(int) @ (1, 0, -1) > 60)
                for along, up in mailtruck.PARCELS]

    for code in range(4):
        assert loaded(mailtruck.render(0.5, 0.5, code, 0.3)) == [i <= code for i in range(4)]
    red, blue = (mailtruck.render(0.5, 0.5, 1, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 28, 34)  # the cargo body, behind the door
    assert np.array_equal(red[:12], blue[:12]) and np.array_equal(red[49:], blue[49:])  # the sky and the road
    assert np.array_equal(mailtruck.render(0.3, 0.6, 2, 0.0), mailtruck.render(0.3, 0.6, 2, 1.0))


def test_sandbox_heaps_appear_the_spade_turns_the_bucket_changes_hue_and_the_sand_darkens_when_wet():
    from latentexplainer.data import sandbox

    assert sandbox.FACTORS[0].categories == ("1", "2", "3", "4")
    assert sandbox.FACTORS[1].kind == "cyclic" and sandbox.FACTORS[1].period == pytest.approx(2 * np.pi)
    flat = sandbox.render(0, 0.0, 0.3, 0.5).astype(int)

    def heaped(img):  # which heaps stand: their shaded lower right differs from the flat sand
        return [bool(np.abs(img.astype(int)[int(hy + 3), int(hx + 3)] - flat[int(hy + 3), int(hx + 3)]).max() > 40)
                or i == 0 for i, (hx, hy) in enumerate(sandbox.HEAPS)]

    assert np.abs(flat[int(sandbox.HEAPS[0][1] + 3), int(sandbox.HEAPS[0][0] + 3)] - flat[40, 30]).max() > 40
    for code in range(4):
        assert heaped(sandbox.render(code, 0.0, 0.3, 0.5)) == [i <= code for i in range(4)]

    def blade(img):  # where the spade lies: its bigger end (the blade) pulls its middle that way
        img = img.astype(int)
        mask = (img[..., 2] > img[..., 0] + 80) & (img[..., 2] > img[..., 1] + 60)
        mask[:, :26] |= False
        rows, cols = np.nonzero(mask[22:48, 18:44])
        return rows.mean() + 22.5 - sandbox.SPADE_Y, cols.mean() + 18.5 - sandbox.SPADE_X

    right, down, left, up = (blade(sandbox.render(0, a, 0.0, 0.5)) for a in np.arange(4) * np.pi / 2)
    assert right[1] > 1.5 and down[0] > 1.5 and left[1] < -1.5 and up[0] < -1.5
    assert np.abs(sandbox.render(1, 2 * np.pi, 0.3, 0.5).astype(int) - sandbox.render(1, 0.0, 0.3, 0.5)).max() <= 1
    red, blue = (sandbox.render(0, 1.0, h, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 14, 22)  # the bucket's rim
    assert np.array_equal(red[30:], blue[30:])  # the rest stays
    dry, wet = (sandbox.render(0, 1.0, 0.3, w).astype(int) for w in (0.0, 1.0))
    assert dry[54, 32].sum() > wet[54, 32].sum() + 150  # the sand
    assert np.array_equal(dry[:, :2], wet[:, :2]) and np.array_equal(dry[:6], wet[:6])  # the lawn and the frame


def test_clockshop_awning_drops_and_changes_pattern_the_shop_lights_up_and_the_pendulum_swings():
    from latentexplainer.data import clockshop

    assert clockshop.FACTORS[1].categories == ("plain", "striped", "spotted")

    def awning_bottom(img):  # the lowest row of red awning (far redder than the bricks) under a scallop's middle
        return int(np.nonzero(_reddish(img, 100)[:, 24])[0].max())

    short, long = (awning_bottom(clockshop.render(d, 0, 0.5, 0.0)) for d in (0.0, 1.0))
    assert long - short == pytest.approx(12, abs=1)

    def white(img):  # pale pixels on the awning
        return int((img.astype(int)[15:19, 4:60].min(-1) > 200).sum())

    plain, striped, spotted = (white(clockshop.render(0.5, p, 0.5, 0.0)) for p in range(3))
    assert plain == 0 and striped > 80 and 20 < spotted < striped
    dark, lit = (clockshop.render(0.5, 0, s, 0.0).astype(float) for s in (0.0, 1.0))
    inside = np.s_[34:56, 8:40]
    assert lit[inside].mean() / dark[inside].mean() == pytest.approx(1.1 / 0.3, rel=0.1)
    assert np.array_equal(dark[:, 42:], lit[:, 42:]) and np.array_equal(dark[:20], lit[:20])  # the door and wall

    def bob(img):  # the brass pendulum's bob: the middle of its bright yellow pixels low in the case
        img = img.astype(int)
        mask = (img[..., 0] > 150) & (img[..., 2] < 110) & (img[..., 0] - img[..., 2] > 100)
        return np.nonzero(mask[44:56, 8:40])[1].mean() + 8.5

    left, down, right = (bob(clockshop.render(0.2, 0, 1.0, a)) for a in (-0.6, 0.0, 0.6))
    assert down == pytest.approx(clockshop.PIVOT_X, abs=0.5)
    assert right - left == pytest.approx(2 * clockshop.ROD * np.sin(0.6), abs=2.5)


def test_fishbowl_fills_the_goldfish_swims_along_and_grows_and_the_water_clouds_green():
    from latentexplainer.data import fishbowl

    low, full = (fishbowl.render(w, 0.5, 0.5, 0.0).astype(int) for w in (0.0, 1.0))
    rows = np.nonzero(np.abs(full - low).max(-1)[:, 20] > 8)[0]  # where the water rose, down the bowl's left
    assert rows.min() == pytest.approx(17, abs=1.5) and rows.max() == pytest.approx(34, abs=1)
    assert np.array_equal(full[40:], low[40:])  # below both levels nothing changes

    def fish(img):  # the orange goldfish
        img = img.astype(int)
        return _rows_cols((img[..., 0] > 170) & (img[..., 0] - img[..., 2] > 120) & (img[..., 1] < 160))

    (_, left), (_, right) = (fish(fishbowl.render(0.5, x, 0.5, 0.0)) for x in (0.0, 1.0))
    assert right.mean() - left.mean() == pytest.approx(18, abs=1)
    (small_rows, small), (large_rows, large) = (fish(fishbowl.render(0.5, 0.5, s, 0.0)) for s in (0.0, 1.0))
    assert np.ptp(large) / np.ptp(small) == pytest.approx(1.35 / 0.55, rel=0.25) and np.ptp(large_rows) > np.ptp(small_rows)
    clear, murky = (fishbowl.render(0.5, 0.2, 0.5, m).astype(int) for m in (0.0, 1.0))
    assert clear[48, 52, 2] > clear[48, 52, 0] + 25 and murky[48, 52, 1] > murky[48, 52, 2] + 40  # the water
    assert np.array_equal(clear[:14], murky[:14]) and np.array_equal(clear[57:], murky[57:])  # the wall and table


def test_ovenmitt_swings_grows_changes_pattern_and_hue_and_the_tiles_grow():
    from latentexplainer.data import ovenmitt

    assert ovenmitt.FACTORS[2].categories == ("plain", "striped", "spotted", "checked")

    def mitt(img):  # the red fabric (hue 0), plain
        return _rows_cols(_reddish(img, 80))

    (_, left), (_, right) = (mitt(ovenmitt.render(a, 0.5, 0, 0.0, 0.5)) for a in (-0.45, 0.45))
    assert left.mean() < 26 and right.mean() > 38
    (small, _), (large, _) = (mitt(ovenmitt.render(0.0, s, 0, 0.0, 0.5)) for s in (0.0, 1.0))
    assert large.max() - small.max() == pytest.approx(46 * 0.4, abs=1.5)

    def pale(img):  # white pattern on the hand part, down its middle
        return (img.astype(int)[20:48, 26:38].min(-1) > 200)

    plain, striped, spotted, checked = (pale(ovenmitt.render(0.0, 0.5, p, 0.0, 0.5)) for p in range(4))
    assert plain.sum() == 0 and min(striped.sum(), spotted.sum(), checked.sum()) > 40
    assert striped.all(1).sum() >= 6 and spotted.all(1).sum() == 0  # stripes run right across
    red, blue = (ovenmitt.render(0.0, 0.5, 0, h, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 35, 30)
    assert np.array_equal(red[:, :16], blue[:, :16]) and np.array_equal(red[:, 48:], blue[:, 48:])  # the wall

    def grout(img):  # grey grout lines on the wall to the right of the mitt, above the worktop
        return int((img.astype(int)[:56, 50:].max(-1) < 180).sum())

    small_tiles, large_tiles = (grout(ovenmitt.render(0.0, 0.5, 0, 0.3, t)) for t in (0.0, 1.0))
    assert small_tiles > 1.8 * large_tiles


def test_bookstack_books_pile_up_thicken_go_crooked_and_change_hue_together():
    from latentexplainer.data import bookstack

    assert bookstack.FACTORS[0].categories == ("2", "3", "4", "5")
    assert bookstack.FACTORS[3].kind == "cyclic" and bookstack.FACTORS[3].period == 1.0

    def top(img):  # the top of the pile down the middle: the first row that is not the wall
        wall = 255 * np.array(bookstack.WALL)
        return int(np.nonzero(np.abs(img.astype(int)[:, 32] - wall).max(-1) > 30)[0].min())

    tops = [top(bookstack.render(c, 0.0, 0.0, 0.3)) for c in range(4)]
    assert all(a - b == pytest.approx(4, abs=1) for a, b in zip(tops, tops[1:]))  # a book of 4 px each
    thin, thick = (top(bookstack.render(3, t, 0.0, 0.3)) for t in (0.0, 1.0))
    assert thin - thick == pytest.approx(5 * 4.5, abs=1)

    def ends(img, row):  # the first and last columns of book in a row
        wall = 255 * np.array(bookstack.WALL)
        cols = np.nonzero(np.abs(img.astype(int)[row] - wall).max(-1) > 30)[0]
        return cols.min(), cols.max()

    neat, crooked = (bookstack.render(0, 1.0, u, 0.3) for u in (0.0, 1.0))
    (n0, _), (c0, _) = ends(neat, 40), ends(crooked, 40)  # the second book (rows 37..45)
    assert c0 - n0 == pytest.approx(bookstack.SHIFTS[1], abs=1)
    red, blue = (bookstack.render(0, 0.5, 0.0, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 50, 14)  # the bottom book
    assert np.array_equal(red[:40], blue[:40]) and np.array_equal(red[55:], blue[55:])  # the wall and the desk
    assert np.array_equal(bookstack.render(2, 0.4, 0.6, 0.0), bookstack.render(2, 0.4, 0.6, 1.0))


def test_bandstand_musicians_join_the_roof_rises_and_changes_hue_and_the_rain_greys_the_sky():
    from latentexplainer.data import bandstand

    assert bandstand.FACTORS[0].categories == ("1", "2", "3", "4")

    def playing(img):  # which gaps between the pillars hold a musician (a white jacket, not the shade)
        return [bool(img[34, int(mx) - 2].astype(int).min() > 150) for mx in bandstand.MUSICIANS]

    for code in range(4):
        assert playing(bandstand.render(code, 0.5, 0.0, 0.0)) == [i <= code for i in range(4)]
    (low, _), (tall, _) = (_rows_cols(_reddish(bandstand.render(0, h, 0.0, 0.0), 60)) for h in (0.0, 1.0))
    assert low.min() - tall.min() == pytest.approx(10, abs=1) and abs(low.max() - tall.max()) <= 1  # the eaves stay
    red, blue = (bandstand.render(0, 0.5, h, 0.0) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 15, 20)  # the roof
    assert np.array_equal(red[22:], blue[22:])  # below the valance nothing changes
    dry, wet = (bandstand.render(0, 0.5, 0.3, r).astype(int) for r in (0.0, 1.0))
    assert dry[2, 2, 2] > dry[2, 2, 0] + 80 and abs(int(wet[2, 2, 2]) - int(wet[2, 2, 0])) < 25  # the sky greys
    assert dry[60, 2].sum() > wet[60, 2].sum() + 100  # the lawn darkens
    assert (wet[52:].sum(-1) > dry[60, 2].sum() + 100).sum() > 20  # pale streaks of rain over the lawn


def test_toolbox_moves_along_the_bench_opens_its_lid_spanners_hang_up_and_its_paint_wraps_round():
    from latentexplainer.data import toolbox

    assert toolbox.FACTORS[2].categories == ("1", "2", "3", "4")
    assert toolbox.FACTORS[3].kind == "cyclic" and toolbox.FACTORS[3].period == 1.0
    (_, left), (_, right) = (_rows_cols(_reddish(toolbox.render(x, 0.0, 0, 0.0), 80)) for x in (0.0, 1.0))
    assert right.min() - left.min() == pytest.approx(20, abs=1) and np.ptp(right) == np.ptp(left)

    def tools(img):  # the screwdriver's yellow handle, uncovered when the lid is up
        img = img.astype(int)
        return int(((img[..., 0] > 200) & (img[..., 1] > 150) & (img[..., 2] < 80)).sum())

    shut, upright = (toolbox.render(0.5, o, 0, 0.0) for o in (0.0, 1.0))
    (shut_rows, _), (open_rows, _) = _rows_cols(_reddish(shut, 80)), _rows_cols(_reddish(upright, 80))
    assert shut_rows.min() == pytest.approx(toolbox.BENCH_Y - toolbox.BOX_H - toolbox.LID_T, abs=1)
    assert open_rows.min() == pytest.approx(toolbox.BENCH_Y - toolbox.BOX_H - 2 * toolbox.BOX_HW, abs=1.5)
    assert tools(shut) == 0 and tools(upright) > 10

    def hanging(img):  # which pegs hold a spanner: dark steel down its shaft
        return [bool(img[16, int(sx)].astype(int).max() < 90) for sx in toolbox.SPANNERS]

    for code in range(4):
        assert hanging(toolbox.render(0.5, 0.0, code, 0.0)) == [i <= code for i in range(4)]
    red, blue = (toolbox.render(0.5, 0.0, 0, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 42, 35)  # the box's side
    assert np.array_equal(red[:, :20], blue[:, :20])  # the pegboard and the bench stay
    assert np.array_equal(toolbox.render(0.3, 0.6, 2, 0.0), toolbox.render(0.3, 0.6, 2, 1.0))


def test_tugboat_moves_pitches_smokes_rides_rougher_seas_and_changes_hull_colour():
    from latentexplainer.data import tugboat

    assert tugboat.FACTORS[4].categories == ("red", "black", "green", "blue")
    (_, left), (_, right) = (_rows_cols(_reddish(tugboat.render(x, 0.0, 0.0, 0.0, 0), 80)) for x in (0.0, 1.0))
    assert right.min() - left.min() == pytest.approx(22, abs=1)

    def bow_above_stern(img):  # how much higher the hull's top is at its right end than at its left
        rows, cols = np.nonzero(_reddish(img, 80))
        return rows[cols <= cols.min() + 2].min() - rows[cols >= cols.max() - 2].min()

    down, level, up = (bow_above_stern(tugboat.render(0.5, p, 0.0, 0.0, 0)) for p in (-0.22, 0.0, 0.22))
    assert down < level - 4 and up > level + 4

    def smoke(img):  # grey puffs in the sky, above the boat
        img = img.astype(int)[:30]
        return int(((np.abs(img[..., 0] - img[..., 2]) < 20) & (img.max(-1) < 140) & (img.max(-1) > 60)).sum())

    none, some, thick = (smoke(tugboat.render(0.5, 0.0, s, 0.0, 0)) for s in (0.0, 0.5, 1.0))
    assert none < 5 and some > 40 and thick > 2.5 * some

    def crests(img):  # white wave crests in the near sea
        return int((img.astype(int)[50:].min(-1) > 150).sum())

    calm, rough = (tugboat.render(0.5, 0.0, 0.0, w, 0) for w in (0.0, 1.0))
    assert crests(calm) == 0 and crests(rough) > 100
    assert np.array_equal(calm[:20], rough[:20])  # the sky stays
    red, black, green, blue = (tugboat.render(0.5, 0.0, 0.0, 0.0, c)[44, 24].astype(int) for c in range(4))
    assert red[0] > red[1] + 100 and black.max() < 60 and green[1] > green[0] + 80 and blue[2] > blue[0] + 100


def test_pottery_pot_grows_opens_its_mouth_is_decorated_and_its_glaze_darkens():
    from latentexplainer.data import pottery

    assert pottery.FACTORS[2].categories == ("plain", "banded", "dotted")
    wall = 255 * np.array(pottery.WALL)

    def top(img):  # the top of the pot down its middle: the first row below the shelf that is not the wall
        return 10 + int(np.nonzero(np.abs(img.astype(int)[10:, 32] - wall).max(-1) > 30)[0].min())

    squat, tall = (top(pottery.render(h, 0.5, 0, 0.3)) for h in (0.0, 1.0))
    assert squat - tall == pytest.approx(19, abs=1)

    def rim(img):  # the pot's width one row below its top (pot_height 0.5)
        return int((np.abs(img.astype(int)[int(pottery.BASE_Y - 24.5) + 1] - wall).max(-1) > 30).sum())

    narrow, wide = (rim(pottery.render(0.5, m, 0, 0.3)) for m in (0.0, 1.0))
    assert wide - narrow == pytest.approx(2 * 11, abs=3)

    def cobalt(img):  # the blue decoration (far bluer than the blue-grey wall)
        img = img.astype(int)
        return (img[..., 2] > img[..., 0] + 90) & (img[..., 2] > 100)

    plain, banded, dotted = (cobalt(pottery.render(0.5, 0.5, c, 0.3)) for c in range(3))
    assert plain.sum() == 0 and banded.sum() > 100 and dotted.sum() > 30
    assert (banded.sum(1) >= 15).sum() >= 6 and (dotted.sum(1) >= 15).sum() == 0  # bands run right round
    pale, dark = (pottery.render(0.5, 0.5, 0, g).astype(int) for g in (0.0, 1.0))
    assert pale[40, 30].sum() > dark[40, 30].sum() + 300 and dark[40, 30, 0] > dark[40, 30, 2] + 40
    assert np.array_equal(pale[:, :16], dark[:, :16]) and np.array_equal(pale[51:], dark[51:])  # the studio stays


def test_icerink_skaters_join_the_rink_grows_snow_falls_and_the_floodlights_brighten():
    from latentexplainer.data import icerink

    assert icerink.FACTORS[0].categories == ("1", "2", "3", "4")

    def skating(img):  # which places hold a skater: a yellow hat there, not the pale ice
        return [bool(img[int(sy), int(sx)].astype(int) @ (1, 0, -1) > 150) for sx, sy in icerink.SKATERS]

    for code in range(4):
        assert skating(icerink.render(code, 0.5, 0.0, 1.0)) == [i <= code for i in range(4)]

    def ice(img):  # pale ice across the middle row
        img = img.astype(int)
        return int(((img[32, :, 2] > 200) & (img[32, :, 0] > 150)).sum())

    small, large = (ice(icerink.render(0, s, 0.0, 1.0)) for s in (0.0, 1.0))
    assert large - small == pytest.approx(20, abs=2)
    none, heavy = (icerink.render(0, 0.5, s, 1.0).astype(float) for s in (0.0, 1.0))
    assert heavy[:6].mean() > none[:6].mean() + 60  # snow settles on the paving
    dim, bright = (icerink.render(1, 0.5, 0.3, k).astype(float) for k in (0.0, 1.0))
    assert bright.mean() / dim.mean() == pytest.approx(2.55, rel=0.1)
    assert bright[32, 32].sum() / dim[32, 32].sum() > bright[2, 32].sum() / dim[2, 32].sum()  # brightest in the middle


def test_postbox_moves_grows_changes_style_and_the_sun_casts_its_shadow_to_the_other_side():
    from latentexplainer.data import postbox

    assert postbox.FACTORS[2].categories == ("pillar", "square", "lamp box")
    (_, left), (_, right) = (_rows_cols(_reddish(postbox.render(x, 0.5, 0, 0.0), 60)) for x in (0.0, 1.0))
    assert right.min() - left.min() == pytest.approx(30, abs=1) and np.ptp(right) == np.ptp(left)
    (short, _), (tall, _) = (_rows_cols(_reddish(postbox.render(0.5, h, 0, 0.0), 60)) for h in (0.0, 1.0))
    assert short.min() - tall.min() == pytest.approx(16, abs=1) and short.max() == tall.max()  # on the ground
    pillar, square, lamp = (_reddish(postbox.render(0.5, 1.0, s, 0.0), 60) for s in range(3))
    assert pillar[35].sum() == 16 and square[35].sum() > pillar[35].sum() + 4
    assert lamp[35].sum() == 0 and _rows_cols(lamp)[0].max() < 34  # a small box up on a post
    sun_left, sun_right = (postbox.render(0.5, 0.5, 0, s).astype(int) for s in (-1.0, 1.0))
    assert sun_left[40, 44].sum() < sun_right[40, 44].sum() - 150  # the shadow falls to the right
    assert sun_right[40, 20].sum() < sun_left[40, 20].sum() - 150  # and to the left
    assert np.array_equal(sun_left[:, :8], sun_right[:, :8])  # far from the box nothing changes


def test_lemonade_pitcher_moves_fills_the_awning_changes_hue_and_the_day_brightens():
    from latentexplainer.data import lemonade

    def juice(img):  # the lemonade: bright yellow, far less blue
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 170) & (img[..., 2] < 110)

    (_, left), (_, right) = (_rows_cols(juice(lemonade.render(x, 1.0, 0.4, 1.0))) for x in (0.0, 1.0))
    assert right.min() - left.min() == pytest.approx(24, abs=1) and np.ptp(right) == np.ptp(left)
    (low, _), (full, _) = (_rows_cols(juice(lemonade.render(0.5, v, 0.4, 1.0))) for v in (0.0, 1.0))
    assert low.min() - full.min() == pytest.approx(16, abs=1) and low.max() == full.max()  # filled from the bottom
    red, blue = (lemonade.render(0.5, 0.5, h, 1.0) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 10, 4)  # a coloured stripe of the awning
    assert np.array_equal(red[20:], blue[20:])  # below the awning nothing changes
    dim, bright = (lemonade.render(0.5, 0.5, 0.3, d).astype(float) for d in (0.0, 1.0))
    assert bright.mean() / dim.mean() == pytest.approx(2.5, rel=0.05)


def test_ferry_sails_along_lowers_its_ramp_makes_a_wake_and_fades_into_fog():
    from latentexplainer.data import ferry

    def hull(img):
        return _reddish(img, 80)

    (_, left), (_, right) = (_rows_cols(hull(ferry.render(x, 0.0, 0.0, 0.0))) for x in (0.0, 1.0))
    assert right.min() - left.min() == pytest.approx(16, abs=1) and np.ptp(right) == np.ptp(left)

    def ramp(img):  # the yellow ramp
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 170) & (img[..., 2] < 90) & (np.arange(64) > 40)[None]

    (shut_rows, shut_cols), (open_rows, open_cols) = (_rows_cols(ramp(ferry.render(0.5, o, 0.0, 0.0)))
                                                      for o in (0.0, 1.0))
    assert np.ptp(shut_rows) >= 14 and np.ptp(shut_cols) <= 7  # standing upright
    assert np.ptp(open_rows) <= 7 and np.ptp(open_cols) >= 14  # lying flat

    def foam(img):  # white foam on the water
        return int((img.astype(int)[36:].min(-1) > 200).sum())

    still, fast = (foam(ferry.render(0.5, 0.0, s, 0.0)) for s in (0.0, 1.0))
    assert fast > still + 60
    clear, foggy = (ferry.render(0.5, 0.0, 0.0, g).astype(int) for g in (0.0, 1.0))
    assert np.abs(foggy[28] - foggy[28].mean((0, 1))).max() < np.abs(clear[28] - clear[28].mean((0, 1))).max() / 3
    assert foggy[28, 5, 1] > clear[28, 5, 1] + 80  # the far shore pales away


def test_birdfeeder_birds_perch_it_hangs_lower_the_leaves_turn_and_it_snows():
    from latentexplainer.data import birdfeeder

    assert birdfeeder.FACTORS[0].categories == ("none", "1", "2", "3")

    def perched(img):  # which perches hold a red bird
        return [bool(_reddish(img, 120)[int(10 + 0.5 * 8 + depth - 5), int(32 + side * 12.5)])
                for side, depth in birdfeeder.PERCHES]

    for code in range(4):
        assert perched(birdfeeder.render(code, 0.5, 0.0, 0.0)) == [i < code for i in range(3)]

    def roof_top(img):  # the first row down the middle that is the dark red roof
        img = img.astype(int)[:, 32]
        return int(np.nonzero((img[:, 0] > 100) & (img[:, 1] < 60) & (img[:, 0] < 160))[0].min())

    high, low = (roof_top(birdfeeder.render(0, h, 0.0, 0.0)) for h in (0.0, 1.0))
    assert low - high == pytest.approx(8, abs=1)
    summer, autumn = (birdfeeder.render(0, 0.5, s, 0.0)[60, 4].astype(int) for s in (0.0, 1.0))
    assert summer[1] > summer[0] + 30 and autumn[0] > autumn[1] + 60
    dry, snowy = (birdfeeder.render(0, 0.5, 0.0, s).astype(int) for s in (0.0, 1.0))
    assert (dry.min(-1) > 220).sum() < 5 and (snowy.min(-1) > 220).sum() > 150


def test_hatrack_rack_lowers_hats_hang_their_hue_wraps_and_the_wallpaper_changes():
    from latentexplainer.data import hatrack

    assert hatrack.FACTORS[1].categories == ("1", "2", "3")
    assert hatrack.FACTORS[2].kind == "cyclic" and hatrack.FACTORS[2].period == 1.0
    (high, _), (low, _) = (_rows_cols(_reddish(hatrack.render(h, 0, 0.0, 0), 80)) for h in (0.0, 1.0))
    assert low.min() - high.min() == pytest.approx(16, abs=1) and np.ptp(low) == np.ptp(high)

    def hanging(img):  # which pegs hold a red hat
        return [bool(_reddish(img, 80)[:, int(px)].any()) for px in hatrack.PEGS]

    for code in range(3):
        assert hanging(hatrack.render(0.5, code, 0.0, 0)) == [i <= code for i in range(3)]
    red, blue = (hatrack.render(0.5, 0, h, 0) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 32, 12)  # the hat's crown
    assert np.array_equal(red[:, 26:], blue[:, 26:])  # away from the hat nothing changes
    assert np.array_equal(hatrack.render(0.3, 2, 0.2, 1), hatrack.render(0.3, 2, 1.2, 1))
    plain, striped, checked = (hatrack.render(0.0, 0, 0.0, w).astype(int) for w in range(3))
    assert np.ptp(plain[50, :, 0]) == 0 and np.ptp(striped[50, :, 0]) > 60 and np.ptp(striped[32:58, 2, 0]) == 0
    assert np.ptp(checked[32:58, 2, 0]) > 60  # checks change down a column too, stripes do not


def test_rowboat_turns_lengthens_sweeps_its_oars_and_the_water_ripples():
    from latentexplainer.data import rowboat

    assert rowboat.FACTORS[0].kind == "cyclic" and rowboat.FACTORS[0].period == pytest.approx(2 * np.pi)

    def hat(img):  # the rower's yellow hat, nearer the stern
        img = img.astype(int)
        rows, cols = np.nonzero((img[..., 0] > 200) & (img[..., 1] > 170) & (img[..., 2] < 90))
        return rows.mean(), cols.mean()

    right, down, left = (hat(rowboat.render(a, 0.5, 0.0, 0.0)) for a in (0.0, np.pi / 2, np.pi))
    assert right[1] < 28 and left[1] > 36 and down[0] < 28  # the stern faces away from the heading
    assert np.array_equal(rowboat.render(0.3, 0.5, 0.2, 0.4), rowboat.render(0.3 + 2 * np.pi, 0.5, 0.2, 0.4))

    def hull(img):  # the brown hull and its red bow, not the pale oars
        img = img.astype(int)
        return (img[..., 0] > img[..., 2] + 60) & (img[..., 1] < 170)

    short, long = (_rows_cols(hull(rowboat.render(0.0, s, 0.0, 0.0)))[1] for s in (0.0, 1.0))
    assert len(long) - len(short) == pytest.approx(12, abs=2)

    def blades(img):  # columns of the pale oars away from the hull's middle rows
        img = img.astype(int)
        pale = (img[..., 0] > 200) & (img[..., 1] > 180) & (img[..., 2] > 120) & (img[..., 2] < 190)
        return np.nonzero(pale)[1].mean()

    back, fore = (blades(rowboat.render(0.0, 0.5, s, 0.0)) for s in (-0.7, 0.7))
    assert fore > back + 12  # heading right: blades towards the bow are further right
    smooth, rippled = (rowboat.render(0.0, 0.5, 0.0, r).astype(int) for r in (0.0, 1.0))
    assert (rippled.min(-1) > 120).sum() > (smooth.min(-1) > 120).sum() + 300


def test_pinata_hangs_lower_grows_changes_hue_and_sweets_lie_on_the_lawn():
    from latentexplainer.data import pinata

    assert pinata.FACTORS[3].categories == ("none", "a few", "many")
    (high, _), (low, _) = (_rows_cols(_reddish(pinata.render(d, 0.5, 0.0, 0), 80)) for d in (0.0, 1.0))
    assert low.min() - high.min() == pytest.approx(14, abs=1)
    (small_r, small_c), (large_r, large_c) = (_rows_cols(_reddish(pinata.render(0.5, s, 0.0, 0), 80))
                                              for s in (0.0, 1.0))
    assert len(large_r) - len(small_r) == pytest.approx(10, abs=2)
    red, blue = (pinata.render(0.5, 0.5, h, 0) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 31, 32)  # the paper fringe
    assert np.array_equal(red[53:], blue[53:])  # the lawn stays
    none, few, many = (pinata.render(0.5, 0.5, 0.0, s).astype(int) for s in range(3))
    lawn = lambda img: int((np.abs(img[54:] - none[60, 1]).max(-1) > 60).sum())  # noqa: E731
    assert lawn(none) == 0 and lawn(few) > 60 and lawn(many) > 2 * lawn(few)
    assert np.array_equal(none[:52], many[:52])  # the sweets are only on the lawn


def test_cablecar_climbs_along_its_cable_swings_changes_hue_and_fades_into_fog():
    from latentexplainer.data import cablecar

    assert cablecar.FACTORS[2].kind == "cyclic" and cablecar.FACTORS[2].period == 1.0

    def cabin(img):  # the middle of the red cabin (hue 0)
        rows, cols = np.nonzero(_reddish(img, 80))
        return rows.mean(), cols.mean()

    (low_r, low_c), (high_r, high_c) = (cabin(cablecar.render(x, 0.0, 0.0, 0.0)) for x in (0.0, 1.0))
    assert high_c - low_c == pytest.approx(36, abs=1) and low_r - high_r == pytest.approx(9, abs=1)
    (_, left), (_, right) = (cabin(cablecar.render(0.5, s, 0.0, 0.0)) for s in (-0.45, 0.45))
    assert right - left == pytest.approx(13.5, abs=1.5)  # the cabin swings about the grip
    red, blue = (cablecar.render(0.5, 0.0, h, 0.0) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 33, 32)  # the cabin's side, under its windows
    assert np.array_equal(red[:, :20], blue[:, :20])  # away from the cabin nothing changes
    assert np.array_equal(cablecar.render(0.3, 0.1, 0.0, 0.2), cablecar.render(0.3, 0.1, 1.0, 0.2))
    clear, foggy = (cablecar.render(0.5, 0.0, 0.3, g).astype(float) for g in (0.0, 1.0))
    assert foggy.std() < clear.std() / 2 and foggy[2, 2, 0] > clear[2, 2, 0] + 50  # grey haze pales the sky


def test_dovecote_doves_land_its_flaps_open_its_roof_changes_shape_and_its_paint_darkens():
    from latentexplainer.data import dovecote

    assert dovecote.FACTORS[0].categories == ("none", "1", "2", "3")
    assert dovecote.FACTORS[2].categories == ("pitched", "spire", "dome")

    def doves(img):  # which places on the lawn hold a pale dove, not the green grass
        return [bool(img[int(dy), int(dx)].min() > 150) for dx, dy, _ in dovecote.DOVES]

    for code in range(4):
        assert doves(dovecote.render(code, 0.5, 0, 0.5)) == [i < code for i in range(3)]

    def dark(img):  # the dark inside showing through the openings of a white dovecote
        return int((img[20:42, 16:48].astype(int).max(-1) < 40).sum())

    shut, half, wide = (dark(dovecote.render(0, o, 0, 0.0)) for o in (0.0, 0.5, 1.0))
    assert shut == 0 and half > 60 and wide > 2.4 * half
    pitched, spire, dome = (_rows_cols(_reddish(dovecote.render(0, 0.5, r, 0.0), 60)[:23]) for r in range(3))
    assert spire[0].min() < dome[0].min() - 5 and dome[0].min() < pitched[0].min()  # the spire is tallest
    assert np.ptp(spire[1]) < np.ptp(pitched[1]) - 4  # and narrowest
    white, dark_paint = (dovecote.render(0, 0.5, 0, p)[27, 27].astype(int) for p in (0.0, 1.0))
    assert white.min() > 215 and dark_paint.max() < 70


def test_paddock_horses_join_the_gate_swings_open_the_fence_grows_and_the_ground_turns_to_mud():
    from latentexplainer.data import paddock

    assert paddock.FACTORS[0].categories == ("1", "2", "3")
    hx, hy = 23.0, 15.5  # the fence's half-sizes at paddock_size 0.5
    grass = paddock.render(0, 0.0, 0.5, 0.5)[int(paddock.CY), int(paddock.CX + 0.4 * hx)].astype(int)

    def horses(img):  # which places hold a horse, not the paddock's ground
        return [bool(np.abs(img[int(paddock.CY + fy * hy), int(paddock.CX + fx * hx)].astype(int) - grass).max() > 35)
                for fx, fy, _ in paddock.HORSES]

    for code in range(3):
        assert horses(paddock.render(code, 0.0, 0.5, 0.5)) == [i <= code for i in range(3)]

    def gate(img):  # the white gate (only one chestnut horse in the paddock)
        return _rows_cols(img.astype(int).min(-1) > 225)

    (shut_rows, shut_cols), (open_rows, open_cols) = (gate(paddock.render(0, o, 0.5, 0.5)) for o in (0.0, 1.0))
    assert np.ptp(shut_rows) <= 3 and np.ptp(shut_cols) >= 15  # lying along the fence
    assert np.ptp(open_rows) >= 15 and np.ptp(open_cols) <= 4  # swung out into the field

    def fence(img):
        return _rows_cols(np.abs(img.astype(int) - np.array(paddock.FENCE) * 255).max(-1) < 12)

    (small_r, small_c), (large_r, large_c) = (fence(paddock.render(0, 0.0, s, 0.5)) for s in (0.0, 1.0))
    assert np.ptp(large_c) - np.ptp(small_c) == pytest.approx(16, abs=1)
    assert np.ptp(large_r) - np.ptp(small_r) == pytest.approx(10, abs=1)
    grassy, muddy = (paddock.render(0, 0.0, 0.5, m).astype(int) for m in (0.0, 1.0))
    assert grassy[38, 45, 1] > grassy[38, 45, 0] + 40 and muddy[38, 45, 0] > muddy[38, 45, 1] + 20
    assert np.array_equal(grassy[:, :8], muddy[:, :8])  # outside the fence nothing changes


def test_laundromat_machines_start_their_laundry_tumbles_round_the_floor_and_wall_change():
    from latentexplainer.data import laundromat

    assert laundromat.FACTORS[0].categories == ("1", "2", "3")
    assert laundromat.FACTORS[1].kind == "cyclic" and laundromat.FACTORS[1].period == pytest.approx(2 * np.pi)
    assert laundromat.FACTORS[2].categories == ("plain", "checked", "striped")

    def running(img):  # which machines' lamps are lit green
        return [bool(img[int(laundromat.TOP + 2.5), int(mx + 5.5)].astype(int) @ (-1, 1, 0) > 100)
                for mx in laundromat.MACHINES_X]

    for code in range(3):
        assert running(laundromat.render(code, 0.0, 0, 0.3)) == [i <= code for i in range(3)]

    def heap(t):  # the middle of the red laundry in the first machine (a green wall)
        rows, cols = np.nonzero(_reddish(laundromat.render(0, t, 0, 0.3), 80)[:, :21])
        return rows.mean() - laundromat.DOOR_Y, cols.mean() - laundromat.MACHINES_X[0]

    bottom, right, top, left = (heap(t) for t in (0.0, np.pi / 2, np.pi, 3 * np.pi / 2))
    assert bottom[0] > 2 and top[0] < -2 and right[1] > 2 and left[1] < -2
    turned = laundromat.render(1, 0.4 + 2 * np.pi, 1, 0.3)
    assert np.abs(laundromat.render(1, 0.4, 1, 0.3).astype(int) - turned).max() <= 1
    plain, checked, striped = (laundromat.render(0, 0.0, w, 0.3).astype(int) for w in range(3))
    assert np.ptp(plain[58, :, 0]) == 0 and np.ptp(checked[58, :, 0]) > 100 and np.ptp(striped[58, :, 0]) > 100
    assert np.ptp(checked[54:, 2, 0]) > 100 and np.ptp(striped[54:, 2, 0]) == 0  # stripes run towards the wall
    red, blue = (laundromat.render(0, 0.0, 0, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 2, 2)
    assert np.array_equal(red[50:], blue[50:])  # the floor stays


def test_orchard_fruit_ripen_and_multiply_the_sun_rises_and_the_hill_steepens():
    from latentexplainer.data import orchard

    assert orchard.FACTORS[1].categories == ("3", "6", "9")
    unripe, ripe = (orchard.render(r, 0, 0.5, 0.0)[25, 27].astype(int) for r in (0.0, 1.0))  # the middle tree's fruit
    assert unripe[1] > unripe[0] + 60 and ripe[0] > ripe[1] + 100
    few, some, many = (int(_reddish(orchard.render(1.0, c, 1.0, 0.0), 80).sum()) for c in range(3))
    assert some / few == pytest.approx(2, rel=0.1) and many / few == pytest.approx(3, rel=0.15)
    dusk, day = (orchard.render(0.5, 0, h, 0.2).astype(float) for h in (0.0, 1.0))
    assert day.mean() / dusk.mean() == pytest.approx(2.0, rel=0.15)
    assert day[2, 2, 2] > day[2, 2, 0] + 100 and dusk[2, 2, 2] < dusk[2, 2, 0] + 40  # a blue sky by day
    assert day[8, 42].min() > 190 and dusk[8, 42].max() < 150  # the sun stands high by day

    def hill(img, col):  # the first row of grass down a column, against a day sky
        return int(np.nonzero(img[:, col, 2].astype(int) < 120)[0].min())

    level, steep = (orchard.render(0.5, 0, 1.0, k) for k in (0.0, 0.4))
    assert hill(level, 63) == hill(level, 0) == 50
    assert hill(steep, 63) == pytest.approx(37.5, abs=1) and hill(steep, 0) == pytest.approx(62.5, abs=1)


def test_waterwheel_turns_with_an_eighth_turn_period_grows_pours_and_its_wall_changes():
    from latentexplainer.data import waterwheel

    assert waterwheel.FACTORS[0].kind == "cyclic" and waterwheel.FACTORS[0].period == pytest.approx(np.pi / 4)
    assert waterwheel.FACTORS[3].categories == ("stone", "brick", "timber")
    assert np.abs(waterwheel.render(0.1, 0.5, 0.5, 1).astype(int)
                  - waterwheel.render(0.1 + np.pi / 4, 0.5, 0.5, 1)).max() <= 1
    upright, between = (waterwheel.render(t, 0.5, 0.0, 0)[28, 22].astype(int) for t in (0.0, np.pi / 8))
    assert upright[2] < 80 and between[2] > 200  # a spoke points straight up, then the sky shows between two

    def top(img):  # the top of the paddle above the axle, down the axle's column under the chute
        col = img[11:50, 22].astype(int)
        return 11 + int(np.nonzero(col[:, 0] > col[:, 2] + 50)[0].min())

    small, large = (top(waterwheel.render(0.0, s, 0.0, 0)) for s in (0.0, 1.0))
    assert small - large == 7
    dry, pouring = (waterwheel.render(np.pi / 8, 0.5, fl, 0).astype(float) for fl in (0.0, 1.0))
    assert pouring[14, 22, 2] < dry[14, 22, 2] - 20 and pouring[14, 22, 0] < dry[14, 22, 0] - 60  # the falling water
    assert pouring[52:, :44].mean() > dry[52:, :44].mean() + 25  # white foam by the wheel
    assert np.array_equal(pouring[:, 50:], dry[:, 50:])  # the mill stays
    stone, brick, timber = (waterwheel.render(0.0, 0.5, 0.5, w)[20:48, 47:].astype(float).mean((0, 1))
                            for w in range(3))
    assert np.ptp(stone) < 10 and brick[0] > brick[1] + 40 and timber[0] > timber[2] + 60 and timber.max() < 150


def test_bandoneon_bellows_open_their_pleats_count_it_tilts_and_the_spotlight_lights_the_curtain():
    from latentexplainer.data import bandoneon

    assert bandoneon.FACTORS[1].categories == ("4", "6", "8")

    def span(img):  # from the left end box's outer edge to the right one's, along a row without buttons
        dark = np.nonzero(img[27].astype(int).max(-1) < 40)[0]
        return dark.max() - dark.min()

    closed, wide = (span(bandoneon.render(o, 0, 0.0, 0.5)) for o in (0.0, 1.0))
    assert wide - closed == pytest.approx(22, abs=1)

    def creases(img):  # the dark creases between the pleats, across the middle of wide-open bellows
        row = img[32, 18:47].astype(int).sum(-1)
        return int(((row[1:-1] < row[:-2]) & (row[1:-1] < row[2:]) & (row[1:-1] < 300)).sum())

    assert [creases(bandoneon.render(1.0, p, 0.0, 0.5)) for p in range(3)] == [3, 5, 7]

    def rows(img):  # the mean row of the black boxes' pixels at the left and at the right
        dark = img.astype(int).max(-1) < 40
        return np.nonzero(dark[:, :20])[0].mean(), np.nonzero(dark[:, 44:])[0].mean()

    (up_left, up_right), (down_left, down_right) = (rows(bandoneon.render(0.5, 0, t, 0.5)) for t in (-0.4, 0.4))
    assert up_right < up_left - 6 and down_right > down_left + 6  # positive tilt lowers the right end
    off, on = (bandoneon.render(0.5, 0, 0.0, s).astype(int) for s in (0.0, 1.0))
    assert on[48, 32].min() > off[48, 32].max() + 60  # the pool of light behind the bellows
    assert np.abs(off[24:41, 14:50] - on[24:41, 14:50]).max() == 0  # the instrument itself stays


def test_campsite_night_falls_the_tent_moves_and_changes_hue_and_the_fire_blazes():
    from latentexplainer.data import campsite

    assert campsite.FACTORS[3].kind == "cyclic" and campsite.FACTORS[3].period == 1.0
    night, day = (campsite.render(d, 0.5, 0.5, 0.3).astype(int) for d in (0.0, 1.0))
    assert night[2, 30].max() < 70 and day[2, 30, 2] > 200  # a dark sky by night, light blue by day
    assert night[5, 6].min() > 200 and day[5, 6, 2] > day[5, 6, 0] + 100  # a star only by night
    assert day[60, 40].sum() > night[60, 40].sum() + 100  # the grass is lit by day

    def tent_x(img):  # the middle of a red tent (hue 0), away from the fire
        return np.nonzero(_reddish(img, 80)[:, 16:])[1].mean() + 16

    assert tent_x(campsite.render(0.7, 1.0, 0.0, 0.0)) - tent_x(campsite.render(0.7, 0.0, 0.0, 0.0)) == \
        pytest.approx(22, abs=1)

    def fire(img):  # the bright flame: a strong red, little blue
        img = img.astype(int)
        return (img[..., 0] > 220) & (img[..., 2] < 150)

    embers, blaze = (fire(campsite.render(0.7, 1.0, s, 0.5)) for s in (0.0, 1.0))
    assert embers.sum() < 15 and blaze.sum() > 100
    assert _rows_cols(blaze)[0].min() < 42 and _rows_cols(blaze)[1].max() < 18  # tall, near the left edge
    red, blue = (campsite.render(0.7, 0.5, 0.5, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 45, 31)  # the tent's canvas beside its door
    assert np.array_equal(red[:, :20], blue[:, :20])  # the fire and the grass stay
    assert np.abs(campsite.render(0.7, 0.5, 0.5, 0.3).astype(int) - campsite.render(0.7, 0.5, 0.5, 1.3)).max() <= 1


def test_sushibar_pieces_are_counted_the_fish_is_the_one_named_the_chopsticks_turn_and_the_wood_darkens():
    from scipy import ndimage

    from latentexplainer.data import sushibar

    assert sushibar.FACTORS[0].categories == ("2", "3", "4", "5")
    assert sushibar.FACTORS[1].categories == ("salmon", "tuna", "egg")
    for code in range(4):  # tuna: deep red slices, one to a piece
        assert ndimage.label(_reddish(sushibar.render(code, 1, 0.0, 0.5), 80))[1] == code + 2
    salmon, tuna, egg = (sushibar.render(0, t, 0.0, 0.5)[21, 10].astype(int) for t in range(3))
    assert salmon[0] > 230 and 110 < salmon[1] < 190 and salmon[2] < 140
    assert tuna[0] > tuna[1] + 120 and tuna[1] < 60
    assert egg[0] > 230 and egg[1] > 190 and egg[2] < 120
    assert sushibar.render(0, 2, 0.0, 0.5)[26, 10].max() < 50  # the egg's band of nori

    def ends(img):  # the mean row of the black chopsticks at the left and at the right, below the plate
        dark = img.astype(int).max(-1) < 40
        dark[:41] = False
        return np.nonzero(dark[:, :20])[0].mean(), np.nonzero(dark[:, 44:])[0].mean()

    (up_back, up_tip), (down_back, down_tip) = (ends(sushibar.render(0, 0, a, 0.5)) for a in (-0.5, 0.5))
    assert up_tip < up_back - 10 and down_tip > down_back + 10  # positive angles lower the tips on the right
    pale, dark = (sushibar.render(0, 0, 0.0, w) for w in (0.0, 1.0))
    assert pale[5, 32].min() > 120 and dark[5, 32].max() < 90
    assert np.array_equal(pale[14:38, 6:58], dark[14:38, 6:58])  # the plate and the sushi stay


def test_weatherstation_mast_rises_the_thermometer_reads_clouds_gather_and_rain_falls():
    from latentexplainer.data import weatherstation

    assert weatherstation.FACTORS[3].categories == ("none", "drizzle", "downpour")

    def mast_top(img):  # the anemometer's top, the highest dark pixel right of the screen
        dark = img.astype(int).max(-1) < 60
        return int(np.nonzero(dark[:, 42:].any(1))[0].min())

    short, tall = (mast_top(weatherstation.render(h, 0.5, 0.3, 0)) for h in (0.0, 1.0))
    assert short - tall == 22

    def column(img):  # rows of the red column up the tube, above the bulb
        red = _reddish(img)[:, 7:14]
        red[40:] = False
        return int(red.any(1).sum())

    cold, hot = (column(weatherstation.render(0.5, t, 0.3, 0)) for t in (0.0, 1.0))
    assert cold <= 4 and hot - cold == pytest.approx(26, abs=1)
    clear, overcast = (weatherstation.render(0.5, 0.5, c, 0)[24, 30].astype(int) for c in (0.0, 1.0))
    assert clear[2] > clear[0] + 100 and abs(overcast[2] - overcast[0]) < 20  # blue sky to grey

    def streaks(img):  # pale rain streaks on the grass
        return int((img[54:, :, 2].astype(int) > 120).sum())

    none, drizzle, downpour = (streaks(weatherstation.render(0.5, 0.5, 0.3, r)) for r in range(3))
    assert none == 0 and drizzle > 30 and downpour > 2 * drizzle


def test_henhouse_moves_its_door_slides_open_hens_come_out_and_its_walls_change_hue():
    from scipy import ndimage

    from latentexplainer.data import henhouse

    assert henhouse.FACTORS[2].categories == ("none", "1", "2", "3")

    def roof_x(img):  # the middle of the grey roof
        img = img.astype(int)
        return np.nonzero(np.abs(img - np.array(henhouse.ROOF) * 255).max(-1) < 12)[1].mean()

    left, right = (roof_x(henhouse.render(x, 0.0, 0, 0.3)) for x in (0.0, 1.0))
    assert right - left == pytest.approx(24, abs=0.5)

    def dark(img):  # the dark inside showing through the pop-hole
        return int((img.astype(int).max(-1) < 40).sum())

    shut, half, wide = (dark(henhouse.render(0.5, o, 0, 0.3)) for o in (0.0, 0.5, 1.0))
    assert shut == 0 and half > 30 and wide > 2 * half

    for code in range(4):  # the white hens in the yard
        white = henhouse.render(0.5, 0.5, code, 0.3).astype(int).min(-1) > 200
        white[:40] = False
        assert ndimage.label(white)[1] == code
    red, blue = (henhouse.render(0.5, 0.5, 0, h) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 30, 42)  # the wall right of the door
    assert np.array_equal(red[:19], blue[:19]) and np.array_equal(red[40:], blue[40:])  # roof and yard stay


def test_rockpool_starfish_turns_with_a_fifth_turn_period_grows_the_water_deepens_and_anemones_are_counted():
    from latentexplainer.data import rockpool

    assert rockpool.FACTORS[0].kind == "cyclic" and rockpool.FACTORS[0].period == pytest.approx(2 * np.pi / 5)
    assert rockpool.FACTORS[3].categories == ("1", "2", "3", "4")
    assert np.abs(rockpool.render(0.2, 0.5, 0.3, 1).astype(int)
                  - rockpool.render(0.2 + 2 * np.pi / 5, 0.5, 0.3, 1)).max() <= 1
    arm, between = (rockpool.render(t, 0.5, 0.3, 0)[32, 42].astype(int) for t in (0.0, np.pi / 5))
    assert arm[0] > arm[2] + 80 and between[1] > between[0]  # an arm points right, then the water shows

    def star(img):  # the orange starfish
        img = img.astype(int)
        return (img[..., 0] > img[..., 2] + 60) & (img[..., 0] > img[..., 1] + 30)

    small, large = (star(rockpool.render(0.0, s, 0.3, 0))[:, 20:46] for s in (0.0, 1.0))
    assert large.sum() > 2.5 * small.sum() and np.ptp(_rows_cols(large)[1]) >= np.ptp(_rows_cols(small)[1]) + 5
    shallow, deep = (rockpool.render(0.0, 0.5, d, 0) for d in (0.0, 1.0))
    assert shallow[32, 56, 1] > shallow[32, 56, 2] + 20 and deep[32, 56, 2] > deep[32, 56, 0] + 25
    assert deep[32, 56].sum() < shallow[32, 56].sum() - 150
    assert np.array_equal(shallow[:2], deep[:2])  # the rock stays dry

    for code in range(4):  # the anemones' dark mouths, in order
        img = rockpool.render(0.0, 0.5, 0.3, code)
        assert [bool(img[int(y), int(x)].max() < 75) for x, y in rockpool.ANEMONES] == [i <= code for i in range(4)]


def _runs(mask):  # how many separate runs of columns the mask covers
    from scipy import ndimage

    return ndimage.label(mask.any(0))[1]


def test_aviary_birds_are_counted_the_mesh_coarsens_the_perch_tilts_and_the_plumage_darkens():
    from latentexplainer.data import aviary

    assert aviary.FACTORS[0].categories == ("1", "2", "3", "4")

    def birds(img):  # deep navy birds (plumage 1), even behind the grey wire
        img = img.astype(int)
        return (img[..., 2] - img[..., 0] > 25) & (img.max(-1) < 130)

    for code in range(4):  # side by side above the level perch
        assert _runs(birds(aviary.render(code, 1.0, 0.0, 1.0))[10:35]) == code + 1

    def rows(img):  # the mean row of the birds on the left and on the right half
        b = birds(img)
        return np.nonzero(b[:, :32])[0].mean(), np.nonzero(b[:, 32:])[0].mean()

    (up_left, up_right), (down_left, down_right) = (rows(aviary.render(1, 1.0, t, 1.0)) for t in (-0.35, 0.35))
    assert up_left - up_right == pytest.approx(13.4, abs=1) and down_right - down_left == pytest.approx(13.4, abs=1)

    def wires(img):  # grey wire over the pale wall, away from the bird and the leaves
        img = img[10:30, 24:44].astype(int)
        return int(((img[..., 0] < 205) & (np.abs(img[..., 0] - img[..., 2]) < 30)).sum())

    assert wires(aviary.render(0, 0.0, 0.0, 0.5)) > 2 * wires(aviary.render(0, 1.0, 0.0, 0.5))
    pale, dark = (aviary.render(0, 1.0, 0.0, p) for p in (0.0, 1.0))
    assert pale[28, 12, 2] > 170 and dark[28, 12].max() < 70  # the left-end bird's wing
    assert np.array_equal(pale[:, 24:], dark[:, 24:])  # the one bird sits at the left end


def test_observatory_dome_turns_its_slit_opens_the_moon_waxes_and_the_cladding_is_the_one_named():
    from scipy import ndimage

    from latentexplainer.data import observatory

    assert observatory.FACTORS[0].kind == "cyclic" and observatory.FACTORS[0].period == 1.0
    assert observatory.FACTORS[3].categories == ("white", "copper", "gold")

    def slit(img):  # the dim red inside through the open slit
        img = img.astype(int)
        return (img[..., 0] > img[..., 1] + 30) & (img[..., 0] < 130)

    def portholes(img):  # warm yellow
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 170) & (img[..., 2] < 150)

    facing, right, behind = (observatory.render(t, 0.5, 0.5, 0) for t in (0.0, 0.25, 0.5))
    assert np.nonzero(slit(facing))[1].mean() == pytest.approx(37.5, abs=0.5) and not portholes(facing).any()
    assert np.nonzero(slit(right))[1].mean() > 45 and np.nonzero(portholes(right))[1].mean() < 34
    assert not slit(behind).any() and ndimage.label(portholes(behind))[1] == 2
    assert np.abs(observatory.render(-0.5, 0.5, 0.5, 1).astype(int) - observatory.render(0.5, 0.5, 0.5, 1)).max() <= 1
    shut, wide = (int(slit(observatory.render(0.0, o, 0.5, 0)).sum()) for o in (0.0, 1.0))
    assert shut == 0 and wide > 120

    def moonlit(img):  # the moon's lit part, at the upper left
        return img[4:22, 4:22].astype(int).min(-1) > 180

    crescent, full = (moonlit(observatory.render(0.0, 0.5, p, 0)) for p in (0.0, 1.0))
    assert crescent.sum() < 25 and np.nonzero(crescent)[1].mean() + 4 > 16 and full.sum() > 130
    white, copper, gold = (observatory.render(0.0, 0.5, 0.5, c)[24, 29].astype(int) for c in range(3))
    assert white.min() > 220 and copper[1] > copper[0] + 60 and gold[0] > gold[2] + 120


def test_dollhouse_wallpaper_is_the_pattern_named_the_roof_steepens_the_doll_moves_and_the_furniture_changes():
    from latentexplainer.data import dollhouse

    assert dollhouse.FACTORS[0].categories == ("plain", "striped", "dotted", "checked")
    assert dollhouse.FACTORS[3].categories == ("bed", "table", "bookcase")

    def plum(img):  # the wallpaper's pattern upstairs, left of the bed
        img = img[23:36, 12:18].astype(int)
        return np.abs(img - np.array(dollhouse.PATTERN) * 255).max(-1) < 40

    plain, striped, dotted, checked = (plum(dollhouse.render(w, 0.5, 0.5, 0)) for w in range(4))
    assert not plain.any()
    assert striped.any() and (striped.all(0) == striped.any(0)).all()  # upright stripes, every row the same
    assert dotted.any() and not dotted.any(1).all()  # rows of dots with plain rows between
    assert checked.any(1).all() and not (checked.all(0) == checked.any(0)).all()

    def roof_top(img):
        return np.nonzero((np.abs(img.astype(int) - np.array(dollhouse.ROOF) * 255).max(-1) < 30).any(1))[0].min()

    low, steep = (dollhouse.render(0, p, 0.5, 0) for p in (0.0, 1.0))
    assert roof_top(low) - roof_top(steep) == pytest.approx(11, abs=1)
    assert np.array_equal(low[20:], steep[20:])  # the eaves and the house below stay

    def dress_x(img):
        img = img.astype(int)
        return np.nonzero((img[..., 2] > 150) & (img[..., 0] < 80))[1].mean()

    left, right = (dollhouse.render(0, 0.5, x, 0) for x in (0.0, 1.0))
    assert dress_x(right) - dress_x(left) == pytest.approx(30, abs=0.5)
    assert np.array_equal(left[:38], right[:38])  # upstairs and the roof stay

    def upstairs(img):  # red blanket (or red books), white cloth, blue books
        up = img[22:37, 12:52].astype(int)
        red, white = (up[..., 0] > 150) & (up[..., 1] < 80), up.min(-1) > 235
        return int(red.sum()), int(white.sum())

    (bed_red, bed_white), (table_red, table_white), (case_red, case_white) = (
        upstairs(dollhouse.render(0, 0.5, 0.5, k)) for k in range(3))
    assert bed_red > 60 and bed_white < 20
    assert table_red == 0 and table_white > 60
    assert 20 < case_red < bed_red and case_white == 0
    assert np.array_equal(dollhouse.render(0, 0.5, 0.5, 0)[38:], dollhouse.render(0, 0.5, 0.5, 2)[38:])


def test_marina_tide_lifts_the_water_and_the_yacht_chop_streaks_it_the_sail_rises_and_evening_colours_the_sky():
    from latentexplainer.data import marina

    def surface(img):  # the first water row below the wall's top, in a column clear of the yacht
        col = img[:, 50].astype(int)
        water = (col[:, 2] > col[:, 0] + 50) & (col[:, 0] < 60)
        water[:23] = False
        return int(np.nonzero(water)[0].min())

    def hull_top(img):  # the white hull's deck, beside the cabin
        return int(np.nonzero((img[:, 30:40].astype(int).min(-1) > 200).any(1))[0].min())

    low, high = (marina.render(t, 0.0, 0.0, 0.0) for t in (0.0, 1.0))
    assert surface(low) - surface(high) == 10 and hull_top(low) - hull_top(high) == 10

    def crests(img):  # white streaks on the water right of the yacht
        return int((img[48:, 44:].astype(int).min(-1) > 180).sum())

    assert crests(marina.render(0.5, 0.0, 0.5, 0.5)) == 0 < 20 < crests(marina.render(0.5, 1.0, 0.5, 0.5))

    def sail(img):  # the white sail above the boom
        return int((img[:30, 5:23].astype(int).min(-1) > 220).sum())

    assert sail(marina.render(0.5, 0.0, 0.0, 0.0)) < 10 and sail(marina.render(0.5, 0.0, 1.0, 0.0)) > 90
    day, dusk = (marina.render(0.5, 0.5, 0.5, e).astype(int) for e in (0.0, 1.0))
    assert day[4, 30, 2] > day[4, 30, 0] + 80 and dusk[19, 30, 0] > dusk[19, 30, 2] + 100  # blue sky to sunset
    assert np.array_equal(day[22:], dusk[22:])  # the wall and the water stay


def test_vineyard_bunches_are_counted_the_grapes_ripen_the_mist_thickens_and_the_sun_moves():
    from latentexplainer.data import vineyard

    assert vineyard.FACTORS[0].categories == ("2", "3", "4", "5")

    def purple(img):  # ripe grapes
        img = img.astype(int)
        return (img[..., 2] > img[..., 1] + 30) & (img[..., 0] > img[..., 1] + 30)

    for code in range(4):  # side by side along the row
        assert _runs(purple(vineyard.render(code, 1.0, 0.0, 0.5))) == code + 2
    green, red, ripe = (vineyard.render(0, c, 0.0, 0.5)[31, 26].astype(int) for c in (0.0, 0.5, 1.0))
    assert green[1] > green[0] > green[2] + 60  # pale green
    assert red[0] > red[1] + 80 and red[0] > red[2] + 80
    assert ripe[2] > ripe[1] + 50 and ripe.max() < 110  # deep purple
    clear, foggy = (vineyard.render(0, 0.5, m, 0.5) for m in (0.0, 1.0))
    assert foggy.std() < clear.std() - 10 and foggy[24, 10].astype(int).min() > 110  # the leaves fade into grey

    def sun_x(img):
        img = img[:16].astype(int)
        return np.nonzero((img[..., 0] > 240) & (img[..., 1] > 225) & (img[..., 2] > 150))[1].mean()

    assert sun_x(vineyard.render(0, 0.5, 0.0, 1.0)) - sun_x(vineyard.render(0, 0.5, 0.0, 0.0)) == \
        pytest.approx(46, abs=1)


def test_skatepark_board_flies_higher_spins_with_a_whole_turn_period_the_graffiti_changes_hue_and_the_pipe_deepens():
    from latentexplainer.data import skatepark

    assert skatepark.FACTORS[1].kind == "cyclic" and skatepark.FACTORS[1].period == pytest.approx(2 * np.pi)
    assert skatepark.FACTORS[2].kind == "cyclic" and skatepark.FACTORS[2].period == 1.0

    def wheel_row(img):  # the mean row of the cream wheels
        img = img.astype(int)
        cream = (img[..., 0] > 220) & (img[..., 1] > 200) & (img[..., 2] < 190) & (img[..., 2] > 120)
        return np.nonzero(cream)[0].mean()

    low, high = (skatepark.render(j, 0.0, 0.5, 0.5) for j in (0.0, 1.0))
    assert wheel_row(low) - wheel_row(high) == pytest.approx(21, abs=0.5)
    upright, flipped = (wheel_row(skatepark.render(0.5, a, 0.5, 0.5)) for a in (0.0, np.pi))
    assert upright > 29.5 + 3 and flipped < 29.5 - 3  # wheels under the deck, then over it
    for j in (1, 2):  # both cyclic factors come round to where they began
        a, b = [0.5, 0.0, 0.5, 0.5], [0.5, 0.0, 0.5, 0.5]
        a[j], b[j] = skatepark.RANGES[j]
        assert np.abs(skatepark.render(*a).astype(int) - skatepark.render(*b)).max() <= 1
    red, blue = (skatepark.render(0.0, 0.0, h, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 14, 17)  # the first bubble of the graffiti

    def lip(img, col):  # the top of the concrete at a deck
        return int(np.nonzero(img[24:, col, 0].astype(int) > 160)[0].min()) + 24

    shallow, deep = (skatepark.render(0.5, 0.0, 0.5, d) for d in (0.0, 1.0))
    assert lip(shallow, 2) - lip(deep, 2) == 12 and lip(shallow, 61) - lip(deep, 61) == 12
    assert np.array_equal(shallow[:, 28:37], deep[:, 28:37]) and np.array_equal(shallow[:30], deep[:30])


def test_bathhouse_tiles_are_laid_as_named_the_steam_thickens_the_water_rises_and_the_bathers_are_counted():
    from latentexplainer.data import bathhouse

    assert bathhouse.FACTORS[0].categories == ("square", "brick", "diamond")
    assert bathhouse.FACTORS[3].categories == ("1", "2", "3", "4")

    def grout(img):  # the dark grout on the wall between the mural and the bathers' heads
        return img[21:28, :, 0].astype(int) < 180

    square, brick, diamond = (grout(bathhouse.render(p, 0.0, 0.5, 0)) for p in range(3))
    assert square.all(0).sum() > 10 and square.all(1).any()  # straight joints up and down and across
    assert brick.all(1).any() and not brick.all(0).any()  # the upright joints step from row to row
    assert not diamond.all(1).any() and not diamond.all(0).any()  # every joint runs on the slant

    def surface(img):  # the first row of water at the right edge, clear of the bathers
        col = img[:, 62].astype(int)
        return int(np.nonzero((col[:, 1] > col[:, 0] + 50) & (col[:, 2] > col[:, 0] + 50))[0].min())

    assert surface(bathhouse.render(0, 0.0, 0.0, 0)) - surface(bathhouse.render(0, 0.0, 1.0, 0)) == 14

    def towels(img):  # the red towels on the bathers' heads
        img = img.astype(int)
        return (img[..., 0] > 150) & (img[..., 1] < 80)

    for code in range(4):  # side by side, filling the seats from the left
        assert _runs(towels(bathhouse.render(0, 0.0, 0.5, code))) == code + 1
    assert np.nonzero(towels(bathhouse.render(0, 0.0, 0.5, 0)))[1].max() < 16
    clear, steamy = (bathhouse.render(0, s, 0.5, 1).astype(int) for s in (0.0, 1.0))
    assert steamy.std() < clear.std() - 8
    assert steamy[50, 62].min() > clear[50, 62].min() + 40 and steamy[10, 14].min() > clear[10, 14].min() + 60


def test_boathouse_roof_is_the_shape_named_the_door_rises_the_wood_darkens_and_the_rain_greys_the_sky():
    from latentexplainer.data import boathouse

    assert boathouse.FACTORS[0].categories == ("gabled", "flat", "rounded")

    def roof(img):  # the red roof
        img = img.astype(int)
        return (img[..., 0] > img[..., 1] + 60) & (img[..., 0] > img[..., 2] + 60) & (np.arange(64) < 24)[:, None]

    gabled, flat, rounded = (roof(boathouse.render(r, 0.0, 0.5, 0.0)) for r in range(3))
    assert np.nonzero(gabled.any(1))[0].min() <= 6 and np.nonzero(rounded.any(1))[0].min() <= 6
    assert np.nonzero(flat.any(1))[0].min() >= 17
    assert rounded[10].sum() > gabled[10].sum() + 12  # a barrel is broad near its top, a gable narrow

    def door(img):  # the white door in its opening
        return int((img[28:46, 15:37].astype(int).min(-1) > 200).sum())

    def boat(img):  # the red bow inside
        img = img[28:46, 15:37].astype(int)
        return int(((img[..., 0] > 150) & (img[..., 1] < 80)).sum())

    shut, raised = (boathouse.render(0, d, 0.5, 0.0) for d in (0.0, 1.0))
    assert door(shut) > 300 and door(raised) == 0 and boat(shut) == 0 and boat(raised) > 20
    pale, dark = (boathouse.render(0, 0.0, w, 0.0)[30, 11].astype(int) for w in (0.0, 1.0))
    assert pale.min() > 140 and dark.max() < 90  # the wall left of the door
    dry, downpour = (boathouse.render(0, 0.0, 0.5, r).astype(int) for r in (0.0, 1.0))
    assert (dry[0, :, 2] - dry[0, :, 0]).mean() > 100 > 60 > (downpour[0, :, 2] - downpour[0, :, 0]).mean()
    light = dry.sum(-1)  # the lake mirrors the boathouse upside down: its rows match those above, flipped

    def match(rows):
        return np.corrcoef(light[46:58].ravel(), rows.ravel())[0, 1]

    assert match(light[45:33:-1]) > 0.99 and match(light[34:46]) < 0.8


def test_planetarium_projector_tilts_the_planets_are_counted_the_nebula_hue_is_cyclic_and_the_comet_moves():
    from latentexplainer.data import planetarium

    assert planetarium.FACTORS[1].categories == ("1", "2", "3", "4")
    assert planetarium.FACTORS[2].kind == "cyclic" and planetarium.FACTORS[2].period == 1.0

    def balls(img):  # the mean row of the metal on the left and on the right of the pedestal
        metal = np.abs(img.astype(int) - np.array(planetarium.METAL) * 255).max(-1) < 25
        metal[:30] = False
        return np.nonzero(metal[:, :29])[0].mean(), np.nonzero(metal[:, 36:])[0].mean()

    (down_left, up_right), (up_left, down_right) = (balls(planetarium.render(t, 0, 0.66, 0.5)) for t in (-0.6, 0.6))
    assert down_left - up_right == pytest.approx(11, abs=1.5) and down_right - up_left == pytest.approx(11, abs=1.5)
    for code in range(4):  # the planets' middles, in order from the left
        img = planetarium.render(0.0, code, 0.66, 0.5)
        assert [bool(img[int(y), int(x), 0] > 150) for x, y, _, _ in planetarium.PLANETS] == \
            [i <= code for i in range(4)]
    assert np.abs(planetarium.render(0.0, 0, 0.0, 0.5).astype(int) - planetarium.render(0.0, 0, 1.0, 0.5)).max() <= 1
    red, blue = (planetarium.render(0.0, 0, h, 0.5) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 24, 32)  # the nebula's middle
    left, right = (planetarium.render(0.0, 0, 0.66, c) for c in (0.0, 1.0))

    def only(a, b):  # white pixels in a that are not white in b: the comet's head and tail
        return (a.astype(int).min(-1) > 200) & ~(b.astype(int).min(-1) > 200)

    assert np.nonzero(only(right, left))[1].mean() - np.nonzero(only(left, right))[1].mean() == \
        pytest.approx(40, abs=2)
    assert np.array_equal(left[40:], right[40:])  # the projector and the seats stay


def test_junkyard_magnet_lowers_its_load_is_the_one_named_the_car_rusts_and_the_heap_grows():
    from latentexplainer.data import junkyard

    assert junkyard.FACTORS[1].categories == ("nothing", "barrel", "tyre", "washing machine")

    def magnet_row(img):  # the magnet's dark drum under the boom's tip
        img = img[10:52, 15:30].astype(int)
        drum = np.abs(img - np.array(junkyard.MAGNET) * 255).max(-1) < 12
        return np.nonzero(drum)[0].mean() + 10

    assert magnet_row(junkyard.render(1.0, 0, 0.5, 0.5)) - magnet_row(junkyard.render(0.0, 0, 0.5, 0.5)) == \
        pytest.approx(20, abs=0.5)

    def load(img):  # red barrel, black tyre, white washing machine, under the magnet
        img = img[14:54, 10:34].astype(int)
        red = (img[..., 0] > img[..., 1] + 100).sum()
        black = (img.max(-1) < 25).sum()
        white = (img.min(-1) > 220).sum()
        return int(red > 80), int(black > 80), int(white > 80)

    assert [load(junkyard.render(0.3, k, 0.5, 0.5)) for k in range(4)] == [(0, 0, 0), (1, 0, 0), (0, 1, 0), (0, 0, 1)]

    def paint_and_rust(img):  # on the car's body
        img = img[44:56, 31:61].astype(int)
        return int((img[..., 2] > img[..., 0] + 80).sum()), int((img[..., 0] > img[..., 2] + 60).sum())

    (new_paint, new_rust), (old_paint, old_rust) = (paint_and_rust(junkyard.render(0.5, 0, r, 0.5)) for r in (0, 1))
    assert new_paint > 250 and new_rust == 0 and old_paint == 0 and old_rust > 250
    _, half = paint_and_rust(junkyard.render(0.5, 0, 0.5, 0.5))
    assert 0.2 * old_rust < half < 0.8 * old_rust  # in blotches, part of the paint

    def heap_top(img):  # the first dark row in the heap's middle column, above the car
        return int(np.nonzero(img[:40, 47, 2].astype(int) < 120)[0].min())

    assert heap_top(junkyard.render(0.5, 0, 0.0, 0.5)) - heap_top(junkyard.render(0.5, 0, 0.0, 1.0)) == \
        pytest.approx(14, abs=1)


def test_beanstalk_bows_its_leaves_grow_the_boy_climbs_and_the_leaves_turn_from_green_to_red():
    from latentexplainer.data import beanstalk

    def stalk_x(img):  # the green stalk halfway up, away from the (red) leaves
        row = img[35].astype(int)
        return np.nonzero((row[:, 1] > row[:, 0] + 60) & (row[:, 1] > row[:, 2] + 60))[0].mean()

    left, straight, right = (stalk_x(beanstalk.render(b, 0.0, 0.0, 1.0)) for b in (-1.0, 0.0, 1.0))
    assert straight == pytest.approx(32, abs=1) and straight - left == pytest.approx(15, abs=1.5)
    assert right - straight == pytest.approx(15, abs=1.5)

    def leaves(img):  # fresh green leaves
        img = img.astype(int)
        return int(((img[..., 1] > 180) & (img[..., 0] < 110)).sum())

    small, large = (leaves(beanstalk.render(0.0, s, 0.0, 0.0)) for s in (0.0, 1.0))
    assert large > 4 * small > 0
    green, gold, red = (beanstalk.render(0.0, 0.5, 0.0, c)[37, 41].astype(int) for c in (0.0, 0.5, 1.0))
    assert green[1] > green[0] + 100 and abs(int(gold[0]) - int(gold[1])) < 30 < gold[1] - gold[2]
    assert red[0] > red[1] + 100

    def shirt_row(img):
        img = img.astype(int)
        return np.nonzero((img[..., 0] > 180) & (img[..., 1] < 80))[0].mean()

    assert shirt_row(beanstalk.render(0.0, 0.5, 0.0, 0.0)) - shirt_row(beanstalk.render(0.0, 0.5, 1.0, 0.0)) == \
        pytest.approx(24, abs=0.5)


def test_icecave_icicles_lengthen_the_daylight_brightens_the_mouth_is_the_shape_named_and_the_ice_blues():
    from latentexplainer.data import icecave

    assert icecave.FACTORS[2].categories == ("round", "arch", "crack")

    def glint(img):  # the icicles' white under the roof
        return img[:24].astype(int).min(-1) > 200

    stubs, spikes = (icecave.render(length, 0.5, 0, 0.5) for length in (0.0, 1.0))
    assert np.nonzero(glint(stubs).any(1))[0].max() <= 2 and glint(spikes).sum() > 5 * glint(stubs).sum()
    reach = np.abs(spikes.astype(int) - stubs).max(-1) > 60  # how far down the long icicles hang
    assert np.nonzero(reach.any(1))[0].max() == pytest.approx(19, abs=1.5) and _runs(reach) == 9
    assert np.array_equal(stubs[24:], spikes[24:])

    def sky(img):  # the bright noon sky through the mouth
        img = img.astype(int)
        return (img[..., 2] > 230) & (img[..., 0] < 150)

    def snow(img):  # the white snowfield through the mouth
        return img.astype(int).min(-1) > 240

    round_, arch, crack = (icecave.render(0.0, 1.0, m, 0.0) for m in range(3))
    assert np.nonzero(sky(round_).any(1))[0].min() == pytest.approx(21, abs=1)
    assert np.nonzero(sky(arch).any(1))[0].min() == pytest.approx(20, abs=1)
    assert np.nonzero(sky(crack).any(1))[0].min() <= 14 and sky(crack)[20].sum() < 10 < sky(round_)[30].sum()
    assert not snow(round_)[50].any() and snow(arch)[50].sum() > 18 and snow(crack)[50].any()
    dusk, noon = (icecave.render(0.0, d, 0, 0.5)[44, 32].astype(int) for d in (0.0, 1.0))
    assert noon.min() > 240 and dusk.max() < 160
    white, blue = (icecave.render(0.0, 0.5, 0, t)[40, 4].astype(int) for t in (0.0, 1.0))
    assert white[2] - white[0] < 40 and blue[2] - blue[0] > 80


def test_sawmill_log_is_pushed_to_the_saw_grows_thicker_is_the_wood_named_and_the_sawdust_piles_up():
    from latentexplainer.data import sawmill

    assert sawmill.FACTORS[2].categories == ("pine", "oak", "birch")

    def bark(img):  # pine's orange-brown bark, above the bench
        img = img[:34].astype(int)
        return (img[..., 0] - img[..., 1] > 50) & (img[..., 0] - img[..., 2] > 90)

    back, pushed = (sawmill.render(x, 0.5, 0, 0.5) for x in (0.0, 1.0))
    assert _rows_cols(bark(pushed))[1].min() - _rows_cols(bark(back))[1].min() == pytest.approx(22, abs=1)
    assert np.array_equal(back[38:], pushed[38:])  # the bench, the floor and the sawdust stay
    assert np.array_equal(back[:, 48:], pushed[:, 48:]) and back[30, 46].min() > 180  # the blade stays
    thin, thick = (_rows_cols(bark(sawmill.render(0.0, s, 0, 0.5)))[0] for s in (0.0, 1.0))
    assert thick.max() == thin.max() == 33  # lying on the bench
    assert thin.min() - thick.min() == pytest.approx(10, abs=1)
    pine, oak, birch = (sawmill.render(0.0, 0.5, w, 0.5) for w in range(3))
    assert bark(pine).sum() > 150 and bark(oak).sum() == 0 and bark(birch).sum() == 0
    log = (slice(23, 33), slice(4, 14))  # the bark, behind the sawn end
    assert oak[log].astype(int).max() < 90 and np.median(birch[log].astype(int).min(-1)) > 160
    assert (birch[log].astype(int).max(-1) < 60).sum() >= 8 and (pine[log].astype(int).max(-1) < 60).sum() == 0

    def heap_top(img):  # the first row of pale sawdust under the blade
        img = img[40:, 30:62].astype(int)
        return 40 + np.nonzero(((img[..., 0] > 200) & (img[..., 2] < 170)).any(1))[0].min()

    low, tall = (sawmill.render(0.5, 0.5, 0, d) for d in (0.0, 1.0))
    assert heap_top(low) - heap_top(tall) == pytest.approx(14, abs=1)
    assert np.array_equal(low[:46], tall[:46])


def test_apiary_hives_are_counted_their_paint_hue_is_cyclic_the_meadow_blooms_and_the_sun_rises():
    from latentexplainer.data import apiary

    assert apiary.FACTORS[0].categories == ("1", "2", "3", "4")
    assert apiary.FACTORS[1].kind == "cyclic" and apiary.FACTORS[1].period == 1.0

    def lids(img):  # the white lids
        return img[31:34].astype(int).min(-1) > 215

    for code in range(4):  # side by side, filling the places from the left
        assert _runs(lids(apiary.render(code, 0.5, 0.5, 0.5))) == code + 1
    assert np.nonzero(lids(apiary.render(0, 0.5, 0.5, 0.5)))[1].max() < 19
    assert np.abs(apiary.render(1, 0.0, 0.5, 0.5).astype(int) - apiary.render(1, 1.0, 0.5, 0.5)).max() <= 1
    red, blue = (apiary.render(3, h, 0.5, 0.5) for h in (0.0, 0.62))
    for hx in apiary.HIVE_X:
        assert _red_and_blue(red, blue, 38, int(hx))

    def flowers(img):  # anything along the bottom that is not green grass
        img = img[54:].astype(int)
        return int(((img[..., 0] >= img[..., 1] - 5) | (img[..., 2] > img[..., 1])).sum())

    bare, half, full = (apiary.render(0, 0.5, b, 0.5) for b in (0.0, 0.5, 1.0))
    assert flowers(bare) == 0 and flowers(full) > 200 and 0.35 < flowers(half) / flowers(full) < 0.65
    assert np.array_equal(bare[:54], full[:54])

    def sun_row(img):  # the sun's disc: the reddest-white pixels around its column, above the hives
        img = img[:31, 38:55].astype(int)
        return np.nonzero(img[..., 0] >= 252)[0].mean()

    low, high = (apiary.render(0, 0.5, 0.5, s) for s in (0.0, 1.0))
    assert sun_row(low) - sun_row(high) == pytest.approx(17, abs=1)
    assert low[30, 2, 0] > low[30, 2, 2] + 100 and high[30, 2, 2] > high[30, 2, 0] + 50  # evening, midday
    assert np.array_equal(low[40:], high[40:])  # the meadow, the hives' bodies and the flowers stay


def test_teahouse_teapot_moves_and_tips_the_cups_are_counted_and_the_screen_slides_open():
    from latentexplainer.data import teahouse

    assert teahouse.FACTORS[2].categories == ("1", "2", "3", "4")

    def glaze(img):  # the celadon teapot, below the opening
        img = img[35:46].astype(int)
        return (img[..., 1] - img[..., 0] > 40) & (img[..., 1] - img[..., 2] > 15) & (img[..., 0] > 80)

    left, right = (teahouse.render(x, 0.0, 0, 0.0) for x in (0.0, 1.0))
    assert _centroid_x(glaze(right)[..., None]) - _centroid_x(glaze(left)[..., None]) == pytest.approx(26, abs=1)
    assert np.array_equal(left[46:], right[46:])  # the cups stay

    def pot(img):  # the whole teapot: greener than anything in the room, left of the garden
        img = img[18:46, :50].astype(int)
        return (img[..., 1] - img[..., 0] > 40) & (img[..., 1] - img[..., 2] > 15) & (img[..., 0] > 80)

    upright, tipped = (teahouse.render(0.5, t, 0, 0.0) for t in (0.0, 0.75))
    (ur, uc), (tr, tc) = _rows_cols(pot(upright)), _rows_cols(pot(tipped))
    assert tc.min() - uc.min() >= 6 and tr.min() < ur.min() - 4  # the handle swings up and in
    assert tc.max() - uc.max() >= 4  # and the spout dips forward
    assert np.array_equal(upright[46:], tipped[46:]) and np.array_equal(upright[:18], tipped[:18])

    def cups(img):  # the white cups along the front of the table
        return img[48:56].astype(int).min(-1) > 200

    for code in range(4):  # side by side, filling the places from the left
        assert _runs(cups(teahouse.render(0.5, 0.0, code, 0.5))) == code + 1
    assert np.nonzero(cups(teahouse.render(0.5, 0.0, 0, 0.5)))[1].max() < 16
    closed, half, opened = (teahouse.render(0.0, 0.0, 0, s) for s in (0.0, 0.5, 1.0))
    assert closed[16, 47].min() > 200 and half[16, 47, 0] > half[16, 47, 1] + 80  # paper, then the maple
    assert half[16, 41].min() > 200 and opened[16, 41, 0] > opened[16, 41, 1] + 80  # half open: 12 px of garden
    paper = lambda img: (img[20:30, 33:56].astype(int).min(-1) > 200).sum()  # noqa: E731  (below the sky)
    assert paper(closed) > 120 and paper(opened) == 0
    assert np.array_equal(closed[36:], opened[36:])  # the table, the teapot's lower part and the cups stay


def test_foundry_crucible_travels_tips_and_pours_the_metal_heats_up_and_the_casting_is_the_one_named():
    from latentexplainer.data import foundry

    assert foundry.FACTORS[3].categories == ("bell", "pot", "cogwheel")

    def trolley(img):  # the dark grey trolley on the rail
        img = img[8:10].astype(int)
        return (np.abs(img[..., 0] - img[..., 2]) < 20) & (img.max(-1) < 90)

    left, right = (foundry.render(x, 0.0, 0.5, 0) for x in (0.0, 1.0))
    assert _centroid_x(trolley(right)[..., None]) - _centroid_x(trolley(left)[..., None]) == \
        pytest.approx(20, abs=0.5)

    def hot(img):  # the orange molten metal (at heat 0.5)
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 2] < 90) & (img[..., 1] > 70)

    upright, tipped = (foundry.render(0.5, t, 0.5, 0) for t in (0.0, 1.0))
    assert hot(upright)[36:].sum() == 0 and hot(tipped)[36:56].sum() > 25  # no stream, then a stream
    stream_x = np.nonzero(hot(tipped)[40:54])[1].mean()
    assert stream_x == pytest.approx(36 + 8 * np.cos(1.0) + 9 * np.sin(1.0), abs=1)
    assert np.nonzero(hot(tipped)[:30])[1].mean() > np.nonzero(hot(upright)[:30])[1].mean() + 4
    dull, bright = (foundry.render(0.5, 0.0, h, 0) for h in (0.0, 1.0))
    assert dull[19, 36, 0] > dull[19, 36, 1] + 80 and dull[19, 36].max() < 170  # the metal in the mouth
    assert bright[19, 36].min() > 170
    assert bright[18, 48].astype(int).sum() > dull[18, 48].astype(int).sum() + 60  # its glow on the wall

    def bronze(img):
        img = img.astype(int)
        bronze = (img[..., 0] - img[..., 2] > 70) & (img[..., 1] > 70)
        bronze[:30], bronze[:, 28:] = False, False  # on the floor at the left, below the crucible's glow
        return bronze

    bell, pot, cog = (bronze(foundry.render(0.0, 0.0, 0.5, c)) for c in range(3))
    assert _rows_cols(bell)[0].min() <= 34 and bell[41].sum() <= 10 and bell[57].sum() >= 20
    assert _rows_cols(pot)[0].min() >= 41 and pot[49].sum() >= 20
    assert not cog[47, 13] and cog[47, 6] and cog[47, 20] and _rows_cols(cog)[0].min() <= 37


def test_geyser_moves_erupts_higher_its_pool_is_the_colour_named_and_snow_covers_the_plain():
    from latentexplainer.data import geyser

    assert geyser.FACTORS[2].categories == ("blue", "green", "orange")

    def pool(img):  # the deep blue water
        img = img.astype(int)
        return img[..., 2] > img[..., 0] + 100

    left, right = (geyser.render(x, 0.5, 0, 0.5) for x in (0.0, 1.0))
    assert _centroid_x(pool(right)[40:, :, None]) - _centroid_x(pool(left)[40:, :, None]) == \
        pytest.approx(34, abs=1)

    def top(img):  # the highest white pixel in the vent's column
        return np.nonzero(img[:, 32].astype(int).min(-1) > 220)[0].min()

    low, high = (geyser.render(0.5, e, 0, 0.5) for e in (0.0, 1.0))
    assert top(low) - top(high) == pytest.approx(32, abs=1)
    assert np.array_equal(low[56:], high[56:])
    blue, green, orange = (geyser.render(0.5, 0.5, c, 0.5)[51, 24].astype(int) for c in range(3))
    assert blue[2] > blue[0] + 100 and green[1] > green[0] + 80 and green[1] > green[2] + 40
    assert orange[0] > orange[2] + 150
    bare, snowy = (geyser.render(0.5, 0.5, 0, s) for s in (0.0, 1.0))
    assert bare[62, 4].max() < 130 and bare[62, 4, 0] > bare[62, 4, 2] + 30 and snowy[62, 4].min() > 230
    assert np.array_equal(bare[:40], snowy[:40]) and np.array_equal(bare[48:53, 26:38], snowy[48:53, 26:38])


def test_cornfield_grows_ripens_bends_in_the_wind_and_the_storm_darkens_the_sky():
    from latentexplainer.data import cornfield

    def tips(img):  # the pale tassels and the yellow cobs: the tassels are the highest
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 0] - img[..., 2] > 70)

    short, tall = (cornfield.render(h, 0.0, 0.0, 0.0) for h in (0.0, 1.0))
    assert _rows_cols(tips(short))[0].min() - _rows_cols(tips(tall))[0].min() == pytest.approx(32, abs=1)
    green, gold = (cornfield.render(0.5, r, 0.0, 0.5)[62, 4].astype(int) for r in (0.0, 1.0))
    assert green[1] > green[0] + 60 and gold[0] > gold[1] + 20 and gold[0] > gold[2] + 100

    def cob_x(img):  # how far right of their plants' bases (x = 4, 12, .., 60) the cobs halfway up are
        img = img[40:56].astype(int)
        cols = np.nonzero((img[..., 0] > 200) & (img[..., 2] < 130) & (img[..., 1] > 150))[1]
        return ((cols + 0.5 - 4 + 2) % 8 - 2).mean()

    bent_left, upright, bent_right = (cornfield.render(0.5, 0.0, b, 0.0) for b in (-1.0, 0.0, 1.0))
    assert cob_x(upright) - cob_x(bent_left) == pytest.approx(2.5, abs=0.6)  # halfway up: a quarter of the tip's
    assert cob_x(bent_right) - cob_x(upright) == pytest.approx(2.5, abs=0.6)
    assert np.abs(bent_left[62:].astype(int) - bent_right[62:]).max() < 20  # the bases stay
    assert np.array_equal(bent_left[:25], bent_right[:25])  # and the sky above the tips
    clear, storm = (cornfield.render(0.5, 0.0, 0.0, s) for s in (0.0, 1.0))
    assert clear[2, 32, 2] > clear[2, 32, 0] + 100 and storm[2, 32].max() < 90
    assert clear[10, 14].min() > 220 and storm[10, 14].max() < 100  # a white cloud, then a dark one
    assert np.array_equal(clear[40:], storm[40:])  # the fields and the corn stay


def test_brewery_barrels_are_stacked_the_kettle_grows_steams_and_the_window_shows_the_daylight():
    from latentexplainer.data import brewery

    assert brewery.FACTORS[0].categories == ("1", "2", "3", "4")
    for code in range(4):  # the pale oak ends fill the places in order: bottom left, right, top left, right
        img = brewery.render(code, 0.5, 0.5, 0.5).astype(int)
        assert [bool(img[int(by), int(bx) - 4].min() > 100) for bx, by in brewery.BARRELS] == \
            [i <= code for i in range(4)]
    one, four = brewery.render(0, 0.5, 0.5, 0.5), brewery.render(3, 0.5, 0.5, 0.5)
    assert np.array_equal(one[:, :32], four[:, :32])  # the kettle, its steam and the window's left stay

    def copper(img):  # the copper kettle, left of the barrels
        img = img[:, :34].astype(int)
        return (img[..., 0] - img[..., 1] > 60) & (img[..., 1] - img[..., 2] > 30)

    (sr, sc), (lr, lc) = (_rows_cols(copper(brewery.render(0, s, 0.5, 0.5))) for s in (0.0, 1.0))
    assert (sc.min(), sc.max(), lc.min(), lc.max()) == (8, 23, 2, 29)  # 16 px wide, then 28
    assert sr.max() == lr.max() == 52 and sr.min() - lr.min() == pytest.approx(11, abs=1)  # on its legs
    none, thick = brewery.render(0, 0.5, 0.0, 0.5), brewery.render(0, 0.5, 1.0, 0.5)
    assert none[10, 17].max() < 120 and thick[10, 17].min() > 170 and thick[20, 17].min() > 160
    assert np.array_equal(none[30:], thick[30:])  # the steam rises only above the vent
    assert np.abs(none[:, 40:].astype(int) - thick[:, 40:]).max() <= 1  # nor spreads over the window
    night, day = brewery.render(0, 0.5, 0.5, 0.0), brewery.render(0, 0.5, 0.5, 1.0)
    assert night[8, 42].max() < 60 and night[8, 42, 2] > night[8, 42, 0] + 30 and day[8, 42].min() > 160
    changed = (night != day).any(-1)
    assert not changed[22:].any() and not changed[:, :38].any() and not changed[:, 54:].any()


def test_kennel_dog_walks_along_the_run_grows_changes_coat_and_the_gate_swings_open():
    from latentexplainer.data import kennel

    assert kennel.FACTORS[2].categories == ("white", "tan", "black")

    def white(img):  # the white dog: nothing else in the kennel is this pale
        return img.astype(int).min(-1) > 215

    left, right = (kennel.render(x, 0.5, 0, 0.0) for x in (0.0, 1.0))
    assert _centroid_x(white(right)[..., None]) - _centroid_x(white(left)[..., None]) == pytest.approx(18, abs=0.5)
    assert _rows_cols(white(left))[0].max() == _rows_cols(white(right))[0].max() == 57  # standing on the gravel
    small, large = (white(kennel.render(0.5, s, 0, 0.0)) for s in (0.0, 1.0))
    assert large.sum() > 2.5 * small.sum() and _rows_cols(small)[0].min() - _rows_cols(large)[0].min() >= 8
    assert _rows_cols(small)[0].max() >= 56 and _rows_cols(large)[0].max() == 57  # still on the gravel
    white_, tan, black = (kennel.render(0.5, 0.5, c, 0.0)[50, 24].astype(int) for c in range(3))
    assert white_.min() > 220 and tan[0] > tan[2] + 100 and black.max() < 50

    def field(img):  # green field showing through the gate's opening, below the horizon
        img = img[28:40, 4:22].astype(int)
        return img[..., 1] - img[..., 0] > 30

    shut, half, wide = (kennel.render(1.0, 0.5, 0, g) for g in (0.0, 0.5, 1.0))
    assert field(shut).sum() == 0 and 3 <= field(half).any(0).sum() <= 5 and 13 <= field(wide).any(0).sum() <= 15
    assert wide[30, 6].max() < 90 and wide[30, 6, 0] > wide[30, 6, 2] + 25  # the turned gate, dark by its post
    changed = (shut != wide).any(-1)
    assert not changed[:22].any() and not changed[46:].any() and not changed[:, 22:].any()


def test_chapel_spire_rises_the_door_opens_on_candlelight_the_glass_hue_is_cyclic_and_the_sky_clouds_over():
    from latentexplainer.data import chapel

    assert chapel.FACTORS[2].kind == "cyclic" and chapel.FACTORS[2].period == 1.0

    def spire(img):  # dark blue-grey slate above the tower, left of the nave's roof
        img = img[:, :23].astype(int)
        return (img.max(-1) < 110) & (img[..., 2] - img[..., 0] > 15)

    stub, needle = (chapel.render(h, 0.5, 0.5, 0.0) for h in (0.0, 1.0))
    assert _rows_cols(spire(stub))[0].min() - _rows_cols(spire(needle))[0].min() == pytest.approx(21, abs=1.5)
    assert spire(needle).sum() > 5 * spire(stub).sum()
    assert np.array_equal(stub[28:], needle[28:])  # the tower and below stay

    def candle(img):  # the warm yellow light of the inside
        img = img.astype(int)
        return (img[..., 0] > 230) & (img[..., 1] > 180) & (img[..., 2] < 150)

    shut, half, wide = (chapel.render(0.5, d, 0.0, 0.0) for d in (0.0, 0.5, 1.0))
    assert candle(shut).sum() == 0 and 30 < candle(half).sum() < candle(wide).sum()
    assert shut[50, 40].max() < 110 and shut[50, 40, 0] > shut[50, 40, 2] + 40  # dark wood
    changed = (shut != wide).any(-1)
    assert not changed[:44].any() and not changed[:, :35].any() and not changed[:, 45:].any()
    red, blue = (chapel.render(0.5, 0.0, h, 0.0) for h in (0.0, 0.62))
    assert _red_and_blue(red, blue, 33, 43)
    assert np.array_equal(red, chapel.render(0.5, 0.0, 1.0, 0.0))  # a whole turn comes back to red
    changed = (red != blue).any(-1)
    assert not changed[:25].any() and not changed[37:].any()  # only the rose window
    clear, grey = (chapel.render(0.5, 0.0, 0.0, o) for o in (0.0, 1.0))
    assert clear[2, 32, 2] > clear[2, 32, 0] + 100 and np.ptp(grey[2, 32].astype(int)) < 15
    assert clear[8, 40].min() > 240 and grey[8, 40].max() < 100  # a white cloud, then a dark one
    assert np.array_equal(clear[44:, 26:54], grey[44:, 26:54])  # the chapel's wall and door stay


def test_tramstop_tram_pulls_in_changes_hue_people_wait_and_the_rain_greys_and_streaks_the_scene():
    from latentexplainer.data import tramstop

    assert tramstop.FACTORS[1].kind == "cyclic" and tramstop.FACTORS[1].period == 1.0
    assert tramstop.FACTORS[2].categories == ("0", "1", "2", "3")

    def paint(img):  # a red tram (hue 0)
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 80) & (img[..., 0] - img[..., 2] > 80)

    arriving, stopped = (tramstop.render(x, 0.0, 0, 0.0) for x in (0.0, 1.0))
    assert _rows_cols(paint(arriving))[1].min() == 46 and _rows_cols(paint(stopped))[1].min() == 12
    assert _rows_cols(paint(stopped))[0].min() == 19 and _rows_cols(paint(stopped))[0].max() == 45
    red, cyan = (tramstop.render(0.5, h, 0, 0.0) for h in (0.0, 0.5))
    assert red[42, 50, 0] > red[42, 50, 2] + 80 and cyan[42, 50, 2] > cyan[42, 50, 0] + 80
    assert np.array_equal(red, tramstop.render(0.5, 1.0, 0, 0.0))
    changed = (red != cyan).any(-1)
    assert not changed[:17].any() and not changed[46:].any()  # only the tram's body
    for code in range(4):  # the coats, filling the places from the left
        img = tramstop.render(0.5, 0.5, code, 0.0).astype(int)
        assert [bool(np.ptp(img[44, int(px)]) > 100) for px in tramstop.PEOPLE_X] == [i < code for i in range(3)]
    empty, full = tramstop.render(0.5, 0.5, 0, 0.0), tramstop.render(0.5, 0.5, 3, 0.0)
    changed = (empty != full).any(-1)
    assert not changed[:29].any() and not changed[:, 30:].any()
    dry, wet = (tramstop.render(0.5, 0.5, 0, r) for r in (0.0, 1.0))
    assert dry[3, 40, 2] > dry[3, 40, 0] + 100 and wet[3, 40, 2] < wet[3, 40, 0] + 40  # the sky greys
    assert wet.astype(float).mean() < dry.astype(float).mean() - 15  # and the whole scene darkens

    def streaks(img):  # pale rain over the dark street, seen through the shelter
        return int((img[37:46, :28].astype(int).min(-1) > 140).sum())

    assert streaks(dry) == 0 and streaks(wet) > 20


def test_blacksmith_raises_his_hammer_the_forge_blazes_the_iron_is_the_one_named_and_smoke_fills_the_smithy():
    from latentexplainer.data import blacksmith

    assert blacksmith.FACTORS[2].categories == ("horseshoe", "blade", "axe head")

    def head(img):  # the hammer's light steel head
        img = img.astype(int)
        m = (img.min(-1) > 140) & (img[..., 2] - img[..., 0] > 3) & (img.max(-1) < 200)
        return np.nonzero(m)[0].mean(), np.nonzero(m)[1].mean()

    (dy, dx), (uy, ux) = (head(blacksmith.render(r, 0.5, 1, 0.0)) for r in (0.0, 1.0))
    assert (dy, dx) == (pytest.approx(31, abs=1), pytest.approx(31, abs=1))  # down on the iron
    assert (uy, ux) == (pytest.approx(12.3, abs=1), pytest.approx(46.6, abs=1))  # overhead
    down, up = blacksmith.render(0.0, 0.5, 1, 0.0), blacksmith.render(1.0, 0.5, 1, 0.0)
    changed = (down != up).any(-1)
    assert not changed[:, :27].any() and not changed[36:].any()  # the forge and the floor stay
    embers, blaze = (blacksmith.render(0.5, h, 0, 0.0) for h in (0.0, 1.0))
    assert embers[26, 10].max() < 70 and blaze[26, 10].min() > 190  # a tall white-hot flame
    assert embers[31, 10, 0] > embers[31, 10, 1] + 80 and embers[31, 10].max() < 150  # dull red embers
    assert blaze[28, 24].astype(int).sum() > embers[28, 24].astype(int).sum() + 40  # its glow on the wall
    assert np.array_equal(embers[38:], blaze[38:])

    def hot(img):  # the orange-hot iron on the anvil, right of the forge's coals
        img = img[25:39, 18:].astype(int)
        return (img[..., 0] > 230) & (img[..., 1] > 110) & (img[..., 1] < 170) & (img[..., 2] < 60)

    shoe, blade, axe = (hot(blacksmith.render(0.5, 0.5, k, 0.0)) for k in range(3))
    assert shoe[1, 20] and not shoe[10, 20] and shoe[10, 14] and shoe[10, 24]  # an arch on two legs
    assert _rows_cols(blade)[0].min() >= 10 and np.ptp(_rows_cols(blade)[1]) >= 30  # long and low
    assert _rows_cols(axe)[1].max() <= 13 and _rows_cols(axe)[0].min() <= 5  # a tall wedge on the horn
    clear, smoky = (blacksmith.render(0.5, 0.5, 0, s) for s in (0.0, 1.0))
    assert clear[2, 40].max() < 70 and smoky[2, 40].min() > 100 and np.ptp(smoky[2, 40].astype(int)) < 10
    assert np.array_equal(clear[52:], smoky[52:])  # the haze thins out above the floor


def test_quarry_terraces_are_counted_the_water_rises_the_rock_is_the_one_named_and_the_truck_drives_along():
    from scipy import ndimage

    from latentexplainer.data import quarry

    assert quarry.FACTORS[0].categories == ("2", "3", "4", "5")
    assert quarry.FACTORS[2].categories == ("granite", "sandstone", "slate")

    def benches(img):  # the pale benches across the middle of the wall
        rows = np.median(img[17:, 24:41].astype(int).sum(-1), 1) > 560
        return ndimage.label(rows)[1]

    for code in range(4):  # granite, the water low: one bench fewer than terraces
        assert benches(quarry.render(code, 0.0, 0, 0.5)) == code + 1
    two, five = quarry.render(0, 0.0, 0, 0.5), quarry.render(3, 0.0, 0, 0.5)
    assert two[58, 2].max() < 90 < five[58, 20].min()  # the lower steps are set in: shadow beside them

    def surface(img):  # the first row that is all water
        img = img[18:].astype(int)
        return 18 + np.nonzero(((img[..., 1] - img[..., 0] > 40) & (img[..., 2] - img[..., 0] > 40)).all(1))[0].min()

    low, high = (quarry.render(1, w, 0, 0.5) for w in (0.0, 1.0))
    assert surface(low) - surface(high) == pytest.approx(18, abs=1) and surface(low) == 63
    assert np.array_equal(low[:44], high[:44])
    granite, sandstone, slate = (quarry.render(1, 0.0, r, 0.5)[25, 20].astype(int) for r in range(3))
    assert np.ptp(granite) < 12 and granite.min() > 120
    assert sandstone[0] > sandstone[2] + 80 and slate.max() < 100 and slate[2] > slate[0] + 15

    def truck(img):  # the yellow truck
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 2] < 80)

    left, right = (truck(quarry.render(1, 0.0, 0, x)) for x in (0.0, 1.0))
    assert _rows_cols(right)[1].min() - _rows_cols(left)[1].min() == 44
    assert _rows_cols(left)[0].max() <= 14 and not truck(quarry.render(1, 0.0, 0, 0.0))[15:].any()
    a, b = quarry.render(1, 0.0, 0, 0.0), quarry.render(1, 0.0, 0, 1.0)
    assert np.array_equal(a[15:], b[15:])  # the truck stays on the rim


def test_library_ladder_rolls_along_the_shelves_fill_from_the_bottom_the_pile_grows_and_the_spine_hue_is_cyclic():
    from latentexplainer.data import library

    assert library.FACTORS[1].categories == ("1", "2", "3", "4")
    assert library.FACTORS[3].kind == "cyclic" and library.FACTORS[3].period == 1.0

    def ladder(img):  # the oak ladder, below the brass rail and above the pile
        img = img[6:30].astype(int)
        return (img[..., 0] > 150) & (img[..., 1] > 100) & (img[..., 1] < 180) & (img[..., 2] > 60) & \
            (img[..., 2] < 115)

    left, right = (ladder(library.render(x, 0, 0.5, 0.6)) for x in (0.0, 1.0))
    assert _centroid_x(right[..., None]) - _centroid_x(left[..., None]) == pytest.approx(26, abs=0.5)
    a, b = library.render(0.0, 0, 0.5, 0.6), library.render(1.0, 0, 0.5, 0.6)
    changed = (a != b).any(-1)
    assert not changed[:, :10].any() and not changed[:1].any() and not changed[62:].any()
    for code in range(4):  # books (bright spines) in the bays, the bottom ones first
        img = library.render(1.0, code, 0.5, 0.6).astype(int)
        assert [bool((img[int(bottom) - 2, 18:36].max(-1) > 80).all()) for _, bottom in library.BAYS] == \
            [b >= 3 - code for b in range(4)]
    one, four = library.render(0.5, 0, 0.5, 0.6), library.render(0.5, 3, 0.5, 0.6)
    changed = (one != four).any(-1)
    assert not changed[:6].any() and not changed[40:].any()  # the bottom bay, the floor and the pile stay

    def purple(img):  # the pile's top book, the only purple thing at the left
        img = img[:, :17].astype(int)
        return (img[..., 0] - img[..., 1] > 50) & (img[..., 2] - img[..., 1] > 30)

    low, high = (_rows_cols(purple(library.render(1.0, 0, p, 0.6)))[0].min() for p in (0.0, 1.0))
    assert (low, high) == (55, 36)
    a, b = library.render(1.0, 0, 0.0, 0.6), library.render(1.0, 0, 1.0, 0.6)
    changed = (a != b).any(-1)
    assert not changed[:, 17:].any() and not changed[:35].any()  # the pile never reaches the ladder
    red, blue = (library.render(1.0, 3, 0.5, h).astype(int) for h in (0.0, 0.62))
    r, b = red[8:52, 18:36].reshape(-1, 3).mean(0), blue[8:52, 18:36].reshape(-1, 3).mean(0)
    assert r[0] > r[2] + 60 and b[2] > b[0] + 50
    assert np.array_equal(library.render(1.0, 3, 0.5, 0.0), library.render(1.0, 3, 0.5, 1.0))
    changed = (red != blue).any(-1)
    assert not changed[:6].any() and not changed[52:].any() and not changed[:, :6].any()


def test_cinema_curtains_open_on_the_film_named_the_seats_fill_from_the_middle_and_the_house_lights_come_up():
    from latentexplainer.data import cinema

    assert cinema.FACTORS[1].categories == ("0", "1", "2", "3", "4")
    assert cinema.FACTORS[2].categories == ("seascape", "desert", "forest", "night city")

    def screen(img):  # columns of the screen's middle row not hidden by the red curtains
        img = img[20, 4:60].astype(int)
        return 4 + np.nonzero(~((img[:, 0] - img[:, 1] > 70) & (img[:, 0] - img[:, 2] > 60)))[0]

    shut, half, wide = (screen(cinema.render(o, 0, 0, 0.5)) for o in (0.0, 0.5, 1.0))
    assert len(shut) == 0 and (half.min(), half.max()) == (21, 42) and (wide.min(), wide.max()) == (10, 53)
    a, b = cinema.render(0.0, 0, 0, 0.5), cinema.render(1.0, 0, 0, 0.5)
    changed = (a != b).any(-1)
    assert not changed[:6].any() and not changed[35:].any()  # the pelmet, the stage and the seats stay
    empty = cinema.render(1.0, 0, 0, 0.5)
    for code in range(5):  # a head of hair over each filled seat, in the order of SEATS_X
        img = cinema.render(1.0, code, 0, 0.5)
        assert [bool(np.abs(img[40, int(sx)].astype(int) - empty[40, int(sx)]).max() > 60)
                for sx in cinema.SEATS_X] == [i < code for i in range(4)]
    changed = (empty != cinema.render(1.0, 4, 0, 0.5)).any(-1)
    assert not changed[:35].any() and not changed[57:].any()  # below the shoulders, the seat backs
    sea, desert, forest, night = (cinema.render(1.0, 0, k, 0.5)[5:33, 10:54].astype(int).reshape(-1, 3).mean(0)
                                  for k in range(4))
    assert sea[2] > sea[0] + 60 and desert[0] > desert[2] + 100 and night.max() < 50
    assert forest[1] > forest[0] + 30 and forest[1] > forest[2] + 30
    changed = (cinema.render(1.0, 0, 0, 0.5) != cinema.render(1.0, 0, 3, 0.5)).any(-1)
    assert not changed[:5].any() and not changed[33:].any() and not changed[:, :8].any() and not changed[:, 56:].any()
    dark, lit = cinema.render(0.5, 4, 0, 0.0), cinema.render(0.5, 4, 0, 1.0)
    assert dark[20, 1].max() < 30 and lit[20, 1].min() > 100  # the side walls
    assert dark[16, 2].max() < 90 and lit[16, 2].min() > 150  # a lamp on the wall
    assert lit[60, 25, 0] > dark[60, 25, 0] + 100  # the seats
    changed = (dark != lit).any(-1)
    assert not changed[5:33, 12:52].any() and not changed[35:54, 12:52].any()  # the film, the stage, the people


def test_greengrocer_awning_pulls_out_the_crates_hold_the_produce_named_heaped_high_and_the_stripe_hue_is_cyclic():
    from latentexplainer.data import greengrocer

    assert greengrocer.FACTORS[1].categories == ("apples", "oranges", "limes", "aubergines")
    assert greengrocer.FACTORS[3].kind == "cyclic" and greengrocer.FACTORS[3].period == 1.0

    def stripes(img):  # the red stripes of the awning (hue 0), above the crates
        img = img[:30].astype(int)
        return (img[..., 0] - img[..., 1] > 80) & (img[..., 0] - img[..., 2] > 80)

    rolled, out = (_rows_cols(stripes(greengrocer.render(o, 2, 0.5, 0.0)))[0] for o in (0.0, 1.0))
    assert rolled.min() == out.min() == 9 and out.max() - rolled.max() == 13
    a, b = greengrocer.render(0.0, 2, 0.5, 0.0), greengrocer.render(1.0, 2, 0.5, 0.0)
    changed = (a != b).any(-1)
    assert not changed[:11].any() and not changed[26:].any()  # never down to the produce
    apples, oranges, limes, aubergines = (
        greengrocer.render(0.5, k, 0.5, 0.5)[37:42, 5:20].astype(int).reshape(-1, 3).mean(0) for k in range(4))
    assert apples[0] > apples[1] + 90 and apples[0] > apples[2] + 90
    assert oranges[0] > oranges[1] + 50 > oranges[2] + 100
    assert limes[1] > limes[0] + 30 and limes[1] > limes[2] + 60
    assert aubergines.max() < 100 and aubergines[0] > aubergines[1] + 25 and aubergines[2] > aubergines[1] + 25
    changed = (greengrocer.render(0.5, 0, 0.5, 0.5) != greengrocer.render(0.5, 3, 0.5, 0.5)).any(-1)
    assert not changed[:30].any() and not changed[42:].any()  # the crates' fronts hide the rest

    def mound(img):  # the green limes
        return _green(img, 40)

    level, heaped = (greengrocer.render(0.5, 2, h, 0.0) for h in (0.0, 1.0))
    for cx in greengrocer.CRATES:
        cols = slice(int(cx) - 8, int(cx) + 9)
        assert _rows_cols(mound(level)[:, cols])[0].min() == 36 and _rows_cols(mound(heaped)[:, cols])[0].min() <= 27
        assert _rows_cols(mound(level)[:, cols])[0].max() == _rows_cols(mound(heaped)[:, cols])[0].max() == 41
    changed = (level != heaped).any(-1)
    assert not changed[:26].any() and not changed[36:].any()
    red, blue = greengrocer.render(0.5, 2, 0.5, 0.0), greengrocer.render(0.5, 2, 0.5, 0.62)
    assert _red_and_blue(red, blue, 14, 6) and red[14, 12].min() > 220 and np.array_equal(red[14, 12], blue[14, 12])
    assert np.array_equal(red, greengrocer.render(0.5, 2, 0.5, 1.0))
    changed = (red != blue).any(-1)
    assert not changed[:9].any() and not changed[19:].any()  # only the coloured stripes


def test_signalbox_arm_rises_vans_stand_from_the_left_the_box_stands_taller_and_its_paint_is_the_one_named():
    from latentexplainer.data import signalbox

    assert signalbox.FACTORS[1].categories == ("0", "1", "2", "3")
    assert signalbox.FACTORS[3].categories == ("green", "maroon", "cream")

    def arm(img):  # the red arm: nothing else is this red
        return _reddish(img)

    level, raised = (arm(signalbox.render(a, 0, 0.5, 0)) for a in (0.0, 1.0))
    assert (_rows_cols(level)[0].min(), _rows_cols(level)[0].max()) == (18, 21)
    assert _rows_cols(raised)[0].min() <= 3 and _rows_cols(level)[1].max() - _rows_cols(raised)[1].max() >= 6
    a, b = signalbox.render(0.0, 0, 0.5, 0), signalbox.render(1.0, 0, 0.5, 0)
    changed = (a != b).any(-1)
    assert not changed[23:].any() and not changed[:, 30:].any()  # the post, the box and the track stay
    for code in range(4):  # the pale grey vans, from the left
        img = signalbox.render(0.5, code, 0.5, 0)
        assert [bool(img[46, int(left) + 3].min() > 200) for left in signalbox.VANS] == [i < code for i in range(3)]
    changed = (signalbox.render(0.5, 0, 0.5, 0) != signalbox.render(0.5, 3, 0.5, 0)).any(-1)
    assert not changed[:38].any() and not changed[57:].any()

    def slate(img):  # the box's dark blue-grey roof, right of the signal
        img = img[:, 30:].astype(int)
        return (img[..., 2] - img[..., 0] > 15) & (img.max(-1) < 120)

    short, tall = (_rows_cols(slate(signalbox.render(0.5, 0, h, 0)))[0] for h in (0.0, 1.0))
    assert (short.min(), tall.min()) == (20, 4)
    a, b = signalbox.render(0.5, 0, 0.0, 0), signalbox.render(0.5, 0, 1.0, 0)
    changed = (a != b).any(-1)
    assert not changed[:, :27].any() and not changed[53:].any()  # the signal, the track
    green, maroon, cream = (signalbox.render(0.5, 0, 0.5, k)[29, 50].astype(int) for k in range(3))
    assert green[1] > green[0] + 60 and maroon[0] > maroon[1] + 80 and cream.min() > 140
    changed = (signalbox.render(0.5, 0, 0.5, 0) != signalbox.render(0.5, 0, 0.5, 2)).any(-1)
    assert not changed[:18].any() and not changed[54:].any() and not changed[:, :27].any()


def test_hayloft_doors_swing_open_the_roof_steepens_its_covering_is_the_one_named_and_evening_falls():
    from latentexplainer.data import hayloft

    assert hayloft.FACTORS[2].categories == ("thatch", "slate", "red tin")

    def loft(img):  # the dark inside of the loft, seen between the doors
        return np.nonzero(img[34].astype(int).max(-1) < 60)[0]

    shut, half, wide = (loft(hayloft.render(d, 0.5, 0, 0.5)) for d in (0.0, 0.5, 1.0))
    assert len(shut) == 0 and 3 <= len(half) <= 5 and 13 <= len(wide) <= 15
    assert (wide.min(), wide.max()) == (19, 32)
    assert hayloft.render(0.0, 0.5, 0, 0.5)[40, 26].min() > 190  # the cream doors
    assert hayloft.render(1.0, 0.5, 0, 0.5)[42, 26, 0] > hayloft.render(1.0, 0.5, 0, 0.5)[42, 26, 2] + 100  # hay
    a, b = hayloft.render(0.0, 0.5, 0, 0.5), hayloft.render(1.0, 0.5, 0, 0.5)
    changed = (a != b).any(-1)
    assert not changed[:30].any() and not changed[45:].any() and not changed[:, :17].any() and not changed[:, 35:].any()

    def slate(img):
        img = img.astype(int)
        return (img[..., 2] - img[..., 0] > 15) & (img.max(-1) < 120)

    low, steep = (_rows_cols(slate(hayloft.render(0.5, p, 1, 0.5)))[0] for p in (0.0, 1.0))
    assert (low.min(), steep.min()) == (24, 10) and low.max() == steep.max() == 30
    a, b = hayloft.render(0.5, 0.0, 1, 0.5), hayloft.render(0.5, 1.0, 1, 0.5)
    changed = (a != b).any(-1)
    assert not changed[24:].any() and not changed[:9].any() and not changed[:, 50:].any()
    thatch, slate_, tin = (hayloft.render(0.5, 0.5, k, 0.5)[25, 26].astype(int) for k in range(3))
    assert thatch[0] > thatch[2] + 80 and thatch[1] > thatch[2] + 50
    assert slate_.max() < 110 and slate_[2] > slate_[0] + 15 and tin[0] > tin[1] + 100
    changed = (hayloft.render(0.5, 0.5, 0, 0.5) != hayloft.render(0.5, 0.5, 2, 0.5)).any(-1)
    assert not changed[31:].any() and not changed[:17].any() and not changed[:, 49:].any()
    noon, dusk = hayloft.render(0.5, 0.5, 0, 0.0), hayloft.render(0.5, 0.5, 0, 1.0)
    assert noon[2, 60, 2] > noon[2, 60, 0] + 80 and dusk[2, 60, 0] > dusk[2, 60, 1] + 20  # blue, then purple
    assert dusk[40, 60, 0] > dusk[40, 60, 2] + 120 and noon[40, 60, 2] > noon[40, 60, 0] + 40  # an orange glow
    assert noon[9, 55].min() > 190 and dusk[38, 55, 0] > dusk[38, 55, 1] + 120  # the sun: high and white, low and red
    assert not (noon != dusk).any(-1)[44:].any()  # the fields and the yard stay
    assert np.abs(noon[18:, 6:46].astype(int) - dusk[18:, 6:46]).max() <= 1  # and the barn


def test_waterfall_widens_the_cliff_rises_the_bushes_show_the_season_named_and_the_mist_thickens():
    from latentexplainer.data import waterfall

    assert waterfall.FACTORS[2].categories == ("summer", "autumn", "winter")

    def water(row):  # the fall's pale water across one row
        row = row.astype(int)
        return np.nonzero((row.min(-1) > 150) & (row[:, 2] > row[:, 0] + 10))[0]

    thin, wide = (water(waterfall.render(f, 0.5, 0, 0.0)[40]) for f in (0.0, 1.0))
    assert len(thin) == 4 and len(wide) == 26 and thin.mean() == wide.mean() == 31.5
    a, b = waterfall.render(0.0, 0.5, 0, 0.5), waterfall.render(1.0, 0.5, 0, 0.5)
    changed = (a != b).any(-1)
    assert not changed[:18].any() and not changed[54:].any() and not changed[:, :19].any() and not changed[:, 45:].any()

    def lip(img, col):  # the first row of brown-grey rock down a column
        img = img[:, col].astype(int)
        return np.nonzero((img[:, 0] - img[:, 2] > 20) & (img[:, 1] > img[:, 2]) & (img.max(-1) < 160))[0].min()

    for col in (5, 22, 40):
        low, high = (lip(waterfall.render(0.5, h, 0, 0.0), col) for h in (0.0, 1.0))
        assert low - high == 18 and 29 <= low <= 32
    a, b = waterfall.render(0.5, 0.0, 0, 0.5), waterfall.render(0.5, 1.0, 0, 0.5)
    assert not (a != b).any(-1)[32:].any()  # the lower cliff, the pool and the banks stay
    summer, autumn, winter = (waterfall.render(0.5, 0.5, k, 0.0)[46, 5].astype(int) for k in range(3))
    assert summer[1] > summer[0] + 50 and autumn[0] > autumn[2] + 120 and winter.min() > 190
    a, b = waterfall.render(0.5, 0.5, 0, 0.5), waterfall.render(0.5, 0.5, 2, 0.5)
    changed = (a != b).any(-1)
    assert not changed[:16].any() and not changed[24:50, 26:38].any()  # the sky, the fall below the lip
    clear, misty = waterfall.render(0.5, 0.5, 0, 0.0), waterfall.render(0.5, 0.5, 0, 1.0)
    assert clear[47, 20].max() < 130 and misty[47, 20].min() > 180  # the bush by the fall, behind a white haze
    assert np.array_equal(clear[:14], misty[:14])  # the haze stays low


def test_pharmacy_cross_lights_up_jars_fill_from_the_left_the_door_opens_and_the_paint_hue_is_cyclic():
    from latentexplainer.data import pharmacy

    assert pharmacy.FACTORS[1].categories == ("1", "2", "3", "4")
    assert pharmacy.FACTORS[3].kind == "cyclic" and pharmacy.FACTORS[3].period == 1.0
    off, on = pharmacy.render(0.0, 0, 0.5, 0.5), pharmacy.render(1.0, 0, 0.5, 0.5)
    assert off[12, 52, 1] < 100 and on[12, 52, 1] > 240 and on[12, 52, 0] > off[12, 52, 0] + 60
    changed = (off != on).any(-1)
    assert not changed[33:].any() and not changed[:, :30].any()  # the cross and its halo only
    for code in range(4):  # a white jar at each place, from the left
        img = pharmacy.render(0.5, code, 0.5, 0.5)
        assert [bool(img[45, int(jx)].min() > 220) for jx in pharmacy.JARS_X] == [i <= code for i in range(4)]
    changed = (pharmacy.render(0.5, 0, 0.5, 0.5) != pharmacy.render(0.5, 3, 0.5, 0.5)).any(-1)
    assert not changed[:33].any() and not changed[47:].any() and not changed[:, 41:].any()

    def door(img):  # the dark green door panel across a low row of the doorway
        row = img[50, 44:61].astype(int)
        return 44 + np.nonzero((row[:, 1] > row[:, 0] + 20) & (row.max(-1) < 110))[0]

    shut, half, wide = (door(pharmacy.render(0.5, 0, o, 0.5)) for o in (0.0, 0.5, 1.0))
    assert (shut.min(), shut.max(), half.max(), wide.max()) == (45, 58, 52, 46)
    a, b = pharmacy.render(0.5, 0, 0.0, 0.5), pharmacy.render(0.5, 0, 1.0, 0.5)
    changed = (a != b).any(-1)
    assert not changed[:22].any() and not changed[56:].any() and not changed[:, :45].any() and not changed[:, 59:].any()
    red, blue = pharmacy.render(0.5, 0, 0.5, 0.0), pharmacy.render(0.5, 0, 0.5, 0.62)
    assert _red_and_blue(red, blue, 53, 2)
    assert np.array_equal(red, pharmacy.render(0.5, 0, 0.5, 1.0))
    changed = (red != blue).any(-1)
    assert not changed[:5].any() and not changed[56:].any() and not changed[22:48, 5:41].any()  # sky, pavement, window


def test_rollercoaster_train_runs_along_the_hill_rises_the_track_is_the_paint_named_and_the_clouds_gather():
    from latentexplainer.data import rollercoaster

    assert rollercoaster.FACTORS[2].categories == ("red", "white", "blue")

    def train(img):  # the yellow cars
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 160) & (img[..., 2] < 90)

    start, end = rollercoaster.render(0.0, 0.5, 0, 0.5), rollercoaster.render(1.0, 0.5, 0, 0.5)
    assert _centroid_x(train(end)[..., None]) - _centroid_x(train(start)[..., None]) > 30
    changed = (start != end).any(-1)
    assert not changed[:20].any() and not changed[48:].any()
    low, high = (_rows_cols(_reddish(rollercoaster.render(0.5, h, 0, 0.5)))[0] for h in (0.0, 1.0))
    assert (low.min(), high.min()) == (37, 13) and low.max() == high.max() == 57  # the supports reach the grass
    a, b = rollercoaster.render(0.5, 0.0, 0, 0.5), rollercoaster.render(0.5, 1.0, 0, 0.5)
    changed = (a != b).any(-1)
    assert not changed[:9].any() and not changed[58:].any() and not changed[:, :4].any()
    red, white, blue = (rollercoaster.render(0.5, 0.5, k, 0.5)[47, 62].astype(int) for k in range(3))
    assert red[0] > red[1] + 150 and white.min() > 230 and blue[2] > blue[0] + 150
    changed = (rollercoaster.render(0.5, 0.5, 0, 0.5) != rollercoaster.render(0.5, 0.5, 2, 0.5)).any(-1)
    assert not changed[:24].any() and not changed[58:].any()
    clear, cloudy = rollercoaster.render(0.5, 0.5, 0, 0.0), rollercoaster.render(0.5, 0.5, 0, 1.0)
    assert clear[2, 2, 2] > clear[2, 2, 0] + 100 and np.ptp(cloudy[2, 2].astype(int)) < 70  # blue, then grey
    assert clear[10, 12, 2] > clear[10, 12, 0] + 100 and cloudy[10, 12].min() > 220  # a cloud comes
    changed = (clear != cloudy).any(-1)
    assert not changed[58:].any() and not changed[47, 62]  # the grass and the track stay


def test_petrolstation_car_drives_along_pumps_stand_from_the_left_the_canopy_hue_is_cyclic_and_night_falls():
    from latentexplainer.data import petrolstation

    assert petrolstation.FACTORS[1].categories == ("1", "2", "3")
    assert petrolstation.FACTORS[2].kind == "cyclic" and petrolstation.FACTORS[2].period == 1.0

    def car(img):  # the teal car, below the canopy
        img = img[40:].astype(int)
        return (img[..., 1] - img[..., 0] > 60) & (img[..., 2] - img[..., 0] > 60)

    left, right = petrolstation.render(0.0, 0, 0.5, 0.5), petrolstation.render(1.0, 0, 0.5, 0.5)
    assert _centroid_x(car(right)[..., None]) - _centroid_x(car(left)[..., None]) == pytest.approx(38, abs=0.5)
    assert not (left != right).any(-1)[:48].any()  # the road only
    for code in range(3):  # a white pump at each place, from the left
        img = petrolstation.render(0.5, code, 0.5, 0.5)
        assert [bool(img[42, int(px) + 3].min() > 200) for px in petrolstation.PUMPS_X] == [i <= code for i in range(3)]
    changed = (petrolstation.render(0.5, 0, 0.5, 0.5) != petrolstation.render(0.5, 2, 0.5, 0.5)).any(-1)
    assert not changed[:26].any() and not changed[48:].any() and not changed[:, :26].any()
    red, blue = petrolstation.render(0.5, 0, 0.0, 0.5), petrolstation.render(0.5, 0, 0.62, 0.5)
    assert _red_and_blue(red, blue, 12, 30)
    assert np.array_equal(red, petrolstation.render(0.5, 0, 1.0, 0.5))
    changed = (red != blue).any(-1)
    assert not changed[:8].any() and not changed[14:].any()  # the canopy's fascia only
    day, night = petrolstation.render(0.5, 0, 0.5, 0.0), petrolstation.render(0.5, 0, 0.5, 1.0)
    assert day[2, 30, 2] > 220 and night[2, 30].max() < 60  # the sky
    assert night[17, 14].min() > 220 and day[17, 14].max() < 160  # a lamp under the canopy comes on
    assert night[58, 5].max() < 0.6 * day[58, 5].max()  # the road away from the light darkens
    assert np.abs(night[42, 23].astype(int) - day[42, 23]).max() < 12  # the pump under the light stays lit


def test_lockgate_water_rises_the_gate_lifts_the_boat_moves_along_and_its_paint_is_the_one_named():
    from latentexplainer.data import lockgate

    assert lockgate.FACTORS[3].categories == ("green", "red", "blue")

    def surface(img):  # the first water row in the chamber, astern of the boat
        c = img[20:, 10].astype(int)
        return 20 + np.nonzero((c[:, 2] > c[:, 0] + 30) & (c[:, 1] > c[:, 0] + 20))[0].min()

    low, high = lockgate.render(0.0, 0.5, 0.5, 0), lockgate.render(1.0, 0.5, 0.5, 0)
    assert (surface(low), surface(high)) == (52, 30)
    changed = (low != high).any(-1)
    assert not changed[:15].any() and not changed[:, :7].any() and not changed[:, 48:].any()
    shut, raised = lockgate.render(0.5, 0.0, 0.5, 0), lockgate.render(0.5, 1.0, 0.5, 0)
    assert shut[20, 53, 1] > shut[20, 53, 0] + 40 and raised[20, 53, 0] > raised[20, 53, 2] + 30  # bank, then gate
    assert shut[50, 53, 0] > shut[50, 53, 2] + 30 and np.ptp(raised[50, 53].astype(int)) < 12  # gate, then stone
    changed = (shut != raised).any(-1)
    assert not changed[:10].any() and not changed[56:].any() and not changed[:, :50].any() and not changed[:, 56:].any()

    def cabin(img):  # the green paint, below the bank
        return _green(img[24:], 60)

    astern, ahead = (cabin(lockgate.render(0.5, 0.5, b, 0)) for b in (0.0, 1.0))
    assert _centroid_x(ahead[..., None]) - _centroid_x(astern[..., None]) == pytest.approx(12, abs=0.5)
    a, b = lockgate.render(0.5, 0.5, 0.0, 0), lockgate.render(0.5, 0.5, 1.0, 0)
    changed = (a != b).any(-1)
    assert not changed[:26].any() and not changed[41:].any() and not changed[:, :7].any() and not changed[:, 48:].any()
    green, red, blue = (lockgate.render(0.5, 0.5, 0.5, k)[35, 25].astype(int) for k in range(3))
    assert green[1] > green[0] + 100 and red[0] > red[1] + 150 and blue[2] > blue[0] + 150
    changed = (lockgate.render(0.5, 0.5, 0.5, 0) != lockgate.render(0.5, 0.5, 0.5, 2)).any(-1)
    assert not changed[:29].any() and not changed[40:].any()


def test_fernery_ferns_grow_the_pots_are_the_ones_named_the_sun_shines_in_and_the_glass_mists_over():
    from latentexplainer.data import fernery

    assert fernery.FACTORS[1].categories == ("terracotta", "blue glaze", "white stone")
    small, large = (_rows_cols(_green(fernery.render(s, 0, 0.5, 0.5), 40))[0].min() for s in (0.0, 1.0))
    assert (small, large) == (31, 15)
    a, b = fernery.render(0.0, 0, 0.5, 0.5), fernery.render(1.0, 0, 0.5, 0.5)
    changed = (a != b).any(-1)
    assert not changed[:15].any() and not changed[38:].any()  # the pots' rims hide the fronds' feet
    terracotta, glaze, stone = (fernery.render(0.5, k, 0.5, 0.5)[42, 10].astype(int) for k in range(3))
    assert terracotta[0] > terracotta[2] + 100 and glaze[2] > glaze[0] + 80 and stone.min() > 200
    changed = (fernery.render(0.5, 0, 0.5, 0.5) != fernery.render(0.5, 2, 0.5, 0.5)).any(-1)
    assert not changed[:35].any() and not changed[46:].any()
    dull, sunny = fernery.render(0.5, 0, 0.0, 0.5), fernery.render(0.5, 0, 1.0, 0.5)
    assert sunny[2, 11, 0] > dull[2, 11, 0] + 20 and sunny[2, 11, 2] < dull[2, 11, 2] - 10  # a warm shaft
    assert np.array_equal(dull[2, 2], sunny[2, 2])  # between the shafts
    clear, misted = fernery.render(0.5, 0, 0.5, 0.0), fernery.render(0.5, 0, 0.5, 1.0)
    assert clear[6, 4, 0] < 180 and misted[6, 4].min() > 215  # a pane
    assert np.array_equal(clear[12, 4], misted[12, 4])  # a glazing bar
    assert np.array_equal(clear[50:], misted[50:]) and np.array_equal(clear[38:46, 11:18], misted[38:46, 11:18])  # a pot


def test_smokehouse_door_opens_on_the_fire_the_smoke_thickens_and_drifts_with_the_wind_and_the_boards_are_named():
    from latentexplainer.data import smokehouse

    assert smokehouse.FACTORS[3].categories == ("weathered grey", "red ochre", "tarred black")

    def inside(img):  # the dark inside across a low row of the doorway
        return 22 + np.nonzero(img[52, 22:41].astype(int).max(-1) < 40)[0]

    shut, half, wide = (inside(smokehouse.render(o, 0.5, 0.0, 0)) for o in (0.0, 0.5, 1.0))
    assert len(shut) == 0 and (half.min(), half.max()) == (32, 37) and (wide.min(), wide.max()) == (26, 37)
    a, b = smokehouse.render(0.0, 0.5, 0.0, 0), smokehouse.render(1.0, 0.5, 0.0, 0)
    changed = (a != b).any(-1)
    assert not changed[:37].any() and not changed[:, :24].any() and not changed[:, 39:].any()

    def smoke(img):  # the grey smoke in the sky above the chimney's top
        return img[:19, :, 2].astype(int) < 200

    wisp, plume = (smoke(smokehouse.render(0.5, s, 0.0, 0)).sum() for s in (0.0, 1.0))
    assert wisp > 10 and plume > 4 * wisp
    a, b = smokehouse.render(0.5, 0.0, 0.0, 0), smokehouse.render(0.5, 1.0, 0.0, 0)
    assert not (a != b).any(-1)[21:].any()
    leftward, upright, rightward = (smoke(smokehouse.render(0.5, 0.5, w, 0)) for w in (-1.0, 0.0, 1.0))
    assert _centroid_x(leftward[..., None]) < 30 and _centroid_x(upright[..., None]) == pytest.approx(40, abs=1)
    assert _centroid_x(rightward[..., None]) > 50
    a, b = smokehouse.render(0.5, 0.5, -1.0, 0), smokehouse.render(0.5, 0.5, 1.0, 0)
    assert not (a != b).any(-1)[22:].any()  # the shed and the yard stay
    grey, ochre, black = (smokehouse.render(0.5, 0.5, 0.0, k)[45, 19].astype(int) for k in range(3))
    assert np.ptp(grey) < 20 and grey.min() > 110 and ochre[0] > ochre[2] + 90 and black.max() < 40
    changed = (smokehouse.render(0.5, 0.5, 0.0, 0) != smokehouse.render(0.5, 0.5, 0.0, 2)).any(-1)
    assert not changed[:32].any() and not changed[56:].any() and not changed[:, :16].any() and not changed[:, 46:].any()


def test_dockyard_ship_moves_along_the_crane_hoists_its_box_the_deck_fills_from_the_bridge_and_the_hull_hue_is_cyclic():
    from latentexplainer.data import dockyard

    assert dockyard.FACTORS[2].categories == ("1", "2", "3")
    assert dockyard.FACTORS[3].kind == "cyclic" and dockyard.FACTORS[3].period == 1.0

    def bridge(img):  # the white bridge block (and the rail) above the water
        return img[25:43].astype(int).min(-1) > 215

    aft, ahead = dockyard.render(0.0, 0.5, 0, 0.5), dockyard.render(1.0, 0.5, 0, 0.5)
    assert _centroid_x(bridge(ahead)[..., None]) - _centroid_x(bridge(aft)[..., None]) == pytest.approx(7, abs=0.5)
    changed = (aft != ahead).any(-1)
    assert not changed[:29].any() and not changed[55:].any() and not changed[:, 53:].any()  # the crane and quay stay

    def box(img):  # the rows of the blue container hanging from the crane
        img = img[:, 22:38].astype(int)
        return np.nonzero(((img[..., 2] - img[..., 0] > 100) & (img[..., 2] - img[..., 1] > 60)).any(1))[0]

    low, high = (box(dockyard.render(0.5, h, 0, 0.5)) for h in (0.0, 1.0))
    assert (low.min(), low.max(), high.min(), high.max()) == (21, 30, 10, 19)
    changed = (dockyard.render(0.5, 0.0, 0, 0.5) != dockyard.render(0.5, 1.0, 0, 0.5)).any(-1)
    assert not changed[:7].any() and not changed[31:].any() and not changed[:, :24].any() and not changed[:, 36:].any()
    for code in range(3):  # a container at each place along the deck, from the bridge forwards
        row = dockyard.render(0.5, 0.5, code, 0.5)[38].astype(int)
        assert [bool(row[c, 2] < 120) for c in (22, 33, 44)] == [i <= code for i in range(3)]
    changed = (dockyard.render(0.5, 0.5, 0, 0.5) != dockyard.render(0.5, 0.5, 2, 0.5)).any(-1)
    assert not changed[:34].any() and not changed[44:].any()
    red, blue = dockyard.render(0.5, 0.5, 0, 0.0), dockyard.render(0.5, 0.5, 0, 0.62)
    assert _red_and_blue(red, blue, 47, 30)
    assert np.array_equal(red, dockyard.render(0.5, 0.5, 0, 1.0))
    changed = (red != blue).any(-1)
    assert not changed[:44].any() and not changed[55:].any()  # the hull only


def test_allotment_crop_grows_is_the_one_named_the_shed_hue_is_cyclic_and_the_soil_darkens_with_puddles():
    from latentexplainer.data import allotment

    assert allotment.FACTORS[1].categories == ("cabbage", "sunflower", "tomato")
    assert allotment.FACTORS[2].kind == "cyclic" and allotment.FACTORS[2].period == 1.0

    def yellow(img):  # the sunflowers' petals
        img = img.astype(int)
        return (img[..., 0] > 200) & (img[..., 1] > 150) & (img[..., 2] < 80)

    def cabbage(img):  # the cabbages' pale blue-green heads, low in the plot
        img = img[40:, :42].astype(int)
        return (img[..., 1] > 165) & (img[..., 2] > 110) & (img[..., 0] < 150)

    def tomato(img):  # the red fruit
        img = img[:, :42].astype(int)
        return (img[..., 0] > 180) & (img[..., 1] < 80)

    young, tall = (_rows_cols(yellow(allotment.render(g, 1, 0.5, 0.5)))[0].min() for g in (0.0, 1.0))
    assert (young, tall) == (42, 18)
    small, large = (cabbage(allotment.render(g, 0, 0.5, 0.5)).sum() for g in (0.0, 1.0))
    assert large > 5 * small > 0
    for code in range(3):
        changed = (allotment.render(0.0, code, 0.5, 0.5) != allotment.render(1.0, code, 0.5, 0.5)).any(-1)
        assert not changed[:17].any() and not changed[:, 45:].any()  # the plants only
    masks = [(cabbage(img).sum(), yellow(img).sum(), tomato(img).sum())
             for img in (allotment.render(0.5, k, 0.5, 0.5) for k in range(3))]
    assert [tuple(bool(m > 20) for m in ms) for ms in masks] == [(True, False, False), (False, True, False),
                                                                 (False, False, True)]
    red, blue = allotment.render(0.5, 0, 0.0, 0.5), allotment.render(0.5, 0, 0.62, 0.5)
    assert _red_and_blue(red, blue, 40, 47)
    assert np.array_equal(red, allotment.render(0.5, 0, 1.0, 0.5))
    changed = (red != blue).any(-1)
    assert not changed[:, :43].any() and not changed[:, 61:].any() and not changed[46:].any()  # the shed only
    dry, half, wet = (allotment.render(0.5, 0, 0.5, w) for w in (0.0, 0.5, 1.0))
    assert dry[50, 60].astype(int).sum() > wet[50, 60].astype(int).sum() + 250  # pale dust to dark mud
    assert wet[60, 55, 2] > wet[60, 55, 0] + 40 and half[60, 55, 0] > half[60, 55, 2] + 40  # a puddle, when soaked
    assert np.array_equal(dry[:46], wet[:46])  # the soil only


def test_tollbooth_barrier_lifts_the_vehicle_drives_up_is_the_one_named_and_night_lights_the_booth():
    from latentexplainer.data import tollbooth

    assert tollbooth.FACTORS[2].categories == ("car", "van", "motorbike")

    def arm(img):  # the arm's red stripes, above the road and left of the post (behind: a white van)
        img = img[:46, :44].astype(int)
        return img[..., 0] - img[..., 1] > 100

    level, upright = (_rows_cols(arm(tollbooth.render(b, 0.5, 1, 0.0)))[0] for b in (0.0, 1.0))
    assert (level.min(), level.max()) == (37, 40) and upright.min() == 8
    changed = (tollbooth.render(0.0, 0.5, 1, 0.5) != tollbooth.render(1.0, 0.5, 1, 0.5)).any(-1)
    assert not changed[41:].any() and not changed[:, 46:].any()

    def car(img):  # the red car's body, on the road
        img = img[42:].astype(int)
        return (img[..., 0] - img[..., 2] > 100) & (img[..., 1] < 80)

    back, close = (_rows_cols(car(tollbooth.render(0.0, v, 0, 0.0)))[1] for v in (0.0, 1.0))
    assert close.max() - back.max() == 16 and back.min() >= 2
    for code in range(3):
        changed = (tollbooth.render(0.0, 0.0, code, 0.0) != tollbooth.render(0.0, 1.0, code, 0.0)).any(-1)
        assert not changed[:34].any() and not changed[58:].any() and not changed[:, 41:].any()
    car_, van, bike = (tollbooth.render(0.5, 0.5, k, 0.0) for k in range(3))
    assert car_[47, 20, 0] > car_[47, 20, 2] + 150  # a red car body
    assert van[38, 20].min() > 230 and car_[38, 20, 1] > car_[38, 20, 0] + 30  # a tall white van over the verge
    assert bike[38, 23, 0] > 200 and bike[38, 23, 2] < 60 and bike[47, 20, 0] < 100  # a yellow helmet, no car body
    changed = (car_ != van).any(-1)
    assert not changed[:34].any() and not changed[58:].any()
    day, night = tollbooth.render(0.5, 0.5, 0, 0.0), tollbooth.render(0.5, 0.5, 0, 1.0)
    assert day[5, 5, 2] > 220 and night[5, 5].max() < 110  # the sky darkens
    assert night[32, 55, 0] > 220 and night[32, 55, 2] < 120 and day[32, 55, 2] > day[32, 55, 0]  # the window glows
    assert night[50, 60].max() < 50 < day[50, 60].min() and night[50, 42].min() > 80  # the road, but in the beam


def test_lido_swimmers_fill_their_places_the_tower_rises_the_door_hue_is_cyclic_and_the_clouds_come_over():
    from latentexplainer.data import lido

    assert lido.FACTORS[0].categories == ("0", "1", "2", "3")
    assert lido.FACTORS[2].kind == "cyclic" and lido.FACTORS[2].period == 1.0
    for code in range(4):  # a cap at each swimmer's place, from the first
        img = lido.render(code, 0.5, 0.5, 0.0)
        assert [bool(img[int(sy), int(sx), 0] > 200) for sx, sy in lido.SWIMMERS] == [i < code for i in range(3)]
    changed = (lido.render(0, 0.5, 0.5, 0.5) != lido.render(3, 0.5, 0.5, 0.5)).any(-1)
    assert not changed[:37].any()  # the water only

    def board(img):  # the blue diving board, right of the tower
        img = img[:, 12:22].astype(int)
        return np.nonzero(((img[..., 2] - img[..., 0] > 120) & (img[..., 1] < 120)).any(1))[0]

    low, high = (board(lido.render(0, t, 0.5, 0.5)) for t in (0.0, 1.0))
    assert (low.min(), high.min()) == (26, 5)
    changed = (lido.render(0, 0.0, 0.5, 0.5) != lido.render(0, 1.0, 0.5, 0.5)).any(-1)
    assert not changed[28:].any() and not changed[:, 22:].any()
    red, blue = lido.render(0, 0.5, 0.0, 0.5), lido.render(0, 0.5, 0.62, 0.5)
    assert _red_and_blue(red, blue, 25, 28)
    assert np.array_equal(red, lido.render(0, 0.5, 1.0, 0.5))
    changed = (red != blue).any(-1)
    assert not changed[:21].any() and not changed[32:].any()  # the doors only
    clear, overcast = lido.render(0, 0.5, 0.5, 0.0), lido.render(0, 0.5, 0.5, 1.0)
    assert clear[2, 25, 2] > clear[2, 25, 0] + 120 and np.ptp(overcast[2, 25].astype(int)) < 20  # blue sky to grey
    assert overcast[6, 34].min() > 220 and clear[6, 34, 0] < 120  # a cloud
    assert clear[45, 40, 2] > clear[45, 40, 0] + 120 and overcast[45, 40, 2] < overcast[45, 40, 0] + 60  # duller water
    assert np.array_equal(clear[16:37], overcast[16:37])  # the building and the deck stay


def test_printshop_platen_screws_down_the_pile_grows_the_ink_is_the_one_named_and_the_lamp_lights_the_shop():
    from latentexplainer.data import printshop

    assert printshop.FACTORS[2].categories == ("black", "red", "blue")

    def brass(img):  # the platen's rows
        img = img[:, 15:47].astype(int)
        return np.nonzero(((img[..., 0] - img[..., 2] > 100) & (img[..., 1] > 120)).any(1))[0]

    raised, down = (brass(printshop.render(p, 0.5, 0, 1.0)) for p in (0.0, 1.0))
    assert (raised.min(), raised.max(), down.min(), down.max()) == (15, 21, 29, 35)
    changed = (printshop.render(0.0, 0.5, 0, 1.0) != printshop.render(1.0, 0.5, 0, 1.0)).any(-1)
    assert not changed[:13].any() and not changed[38:].any() and not changed[:, :21].any() and not changed[:, 41:].any()

    def pile(img):  # the white sheets on the table
        return np.nonzero((img[28:44, 46:].astype(int).min(-1) > 200).any(1))[0] + 28

    low, tall = (pile(printshop.render(0.5, p, 0, 1.0)) for p in (0.0, 1.0))
    assert (low.min(), tall.min()) == (43, 28) and low.max() == tall.max() == 43
    changed = (printshop.render(0.5, 0.0, 0, 1.0) != printshop.render(0.5, 1.0, 0, 1.0)).any(-1)
    assert not changed[:28].any() and not changed[44:].any() and not changed[:, :47].any()
    black, red, blue = (printshop.render(0.5, 0.5, k, 1.0)[17, 9].astype(int) for k in range(3))
    assert black.max() < 40 and red[0] > red[2] + 150 and blue[2] > blue[0] + 150
    changed = (printshop.render(0.5, 0.5, 0, 0.5) != printshop.render(0.5, 0.5, 2, 0.5)).any(-1)
    assert not changed[27:].any() and not changed[:, 16:48].any()  # the posters only
    off, on = printshop.render(0.5, 0.5, 0, 0.0), printshop.render(0.5, 0.5, 0, 1.0)
    assert on[9, 31].min() > 200 and off[9, 31].max() < 150  # the bulb
    assert on[30, 5].astype(int).sum() > 2 * off[30, 5].astype(int).sum()  # the wall, away from the cone
    assert on[47, 31].astype(int).sum() > 3 * off[47, 31].astype(int).sum()  # the press's base, in the cone


def test_stables_horse_walks_along_raises_its_head_has_the_coat_named_and_the_door_swings_open():
    from latentexplainer.data import stables

    assert stables.FACTORS[2].categories == ("chestnut", "grey", "black")

    def chestnut(img):  # the horse, above the straw
        img = img[:58].astype(int)
        return (img[..., 0] - img[..., 2] > 80) & (img[..., 0] > 120)

    left, right = stables.render(0.0, 0.5, 0, 0.5), stables.render(1.0, 0.5, 0, 0.5)
    assert _centroid_x(chestnut(right)[..., None]) - _centroid_x(chestnut(left)[..., None]) == pytest.approx(21, abs=1)
    changed = (left != right).any(-1)
    assert not changed[:32].any() and not changed[57:].any()
    grazing, high = (_rows_cols(chestnut(stables.render(0.5, h, 0, 0.5))) for h in (0.0, 1.0))
    assert grazing[0].min() == 33 and high[0].min() == 24  # the ears
    changed = (stables.render(0.5, 0.0, 0, 0.5) != stables.render(0.5, 1.0, 0, 0.5)).any(-1)
    assert not changed[:24].any() and not changed[54:].any() and not changed[:, :31].any()
    chestnut_, grey, black = (stables.render(0.5, 0.5, k, 0.0)[39, 25].astype(int) for k in range(3))
    assert chestnut_[0] > chestnut_[2] + 100 and np.ptp(grey) < 10 and grey.min() > 140 and black.max() < 40
    changed = (stables.render(0.5, 0.5, 0, 0.5) != stables.render(0.5, 0.5, 2, 0.5)).any(-1)
    assert not changed[:32].any() and not changed[57:].any()

    def door(img):  # the green door, and the dark stall, across a row of the doorway
        row = img[40, 40:62].astype(int)
        return 40 + np.nonzero(row[:, 1] - row[:, 0] > 40)[0], 40 + np.nonzero(row.max(-1) < 40)[0]

    (shut, dark0), (half, dark1), (wide, dark2) = (door(stables.render(0.0, 0.5, 0, o)) for o in (0.0, 0.5, 1.0))
    assert (shut.min(), shut.max(), len(dark0)) == (43, 58, 0)
    assert (half.min(), dark1.max(), wide.min(), dark2.max()) == (47, 46, 57, 56)
    changed = (stables.render(0.0, 0.5, 0, 0.0) != stables.render(0.0, 0.5, 0, 1.0)).any(-1)
    assert not changed[:20].any() and not changed[44:].any() and not changed[:, :43].any() and not changed[:, 58:].any()


def test_ropewalk_traveller_stretches_the_rope_which_thickens_its_hue_is_cyclic_and_lanterns_hang_from_the_left():
    from latentexplainer.data import ropewalk

    assert ropewalk.FACTORS[3].categories == ("1", "2", "3")
    assert ropewalk.FACTORS[2].kind == "cyclic" and ropewalk.FACTORS[2].period == 1.0

    def rope(img):  # a red rope (hue 0): the only red pixels
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 80) & (img[..., 0] - img[..., 2] > 80)

    near, far = (_rows_cols(rope(ropewalk.render(t, 0.5, 0.0, 0))) for t in (0.0, 1.0))
    assert near[1].min() == far[1].min() == 9 and (near[1].max(), far[1].max()) == (24, 54)
    changed = (ropewalk.render(0.0, 0.5, 0.5, 0) != ropewalk.render(1.0, 0.5, 0.5, 0)).any(-1)
    assert not changed[:29].any() and not changed[50:].any() and not changed[:, :20].any()
    thin, thick = (_rows_cols(rope(ropewalk.render(0.5, t, 0.0, 0)))[0] for t in (0.0, 1.0))
    assert (thin.min(), thin.max(), thick.min(), thick.max()) == (32, 33, 30, 35)
    changed = (ropewalk.render(0.5, 0.0, 0.5, 0) != ropewalk.render(0.5, 1.0, 0.5, 0)).any(-1)
    assert not changed[:29].any() and not changed[37:].any() and not changed[:, 41:].any()
    red, blue = ropewalk.render(0.5, 0.5, 0.0, 0), ropewalk.render(0.5, 0.5, 0.62, 0)
    assert _red_and_blue(red, blue, 33, 20)
    assert np.array_equal(red, ropewalk.render(0.5, 0.5, 1.0, 0))
    changed = (red != blue).any(-1)
    assert not changed[:30].any() and not changed[36:].any()  # the rope only
    for code in range(3):  # a glowing lantern at each place along the beam, from the left
        img = ropewalk.render(0.5, 0.5, 0.5, code)
        assert [bool(img[17, int(lx), 2] > 110) for lx in ropewalk.LANTERN_X] == [i <= code for i in range(3)]
    changed = (ropewalk.render(0.5, 0.5, 0.5, 0) != ropewalk.render(0.5, 0.5, 0.5, 2)).any(-1)
    assert not changed[43:].any() and not changed[:, :7].any()  # the lanterns and their glow


def test_icehouse_door_opens_on_the_dark_store_ice_blocks_pile_up_snow_falls_and_the_masonry_is_the_one_named():
    from latentexplainer.data import icehouse

    assert icehouse.FACTORS[1].categories == ("0", "1", "2", "3")
    assert icehouse.FACTORS[3].categories == ("red brick", "yellow brick", "grey stone")

    def dark(img):  # the store's dark inside, across a row of the doorway
        return int((img[42, 24:38].astype(int).max(-1) < 40).sum())

    shut, half, wide = (dark(icehouse.render(d, 0, 0.5, 0)) for d in (0.0, 0.5, 1.0))
    assert shut == 0 < half < wide and wide >= 10
    changed = (icehouse.render(0.0, 0, 0.5, 0) != icehouse.render(1.0, 0, 0.5, 0)).any(-1)
    assert not changed[:28].any() and not changed[50:].any() and not changed[:, :23].any() and not changed[:, 39:].any()
    for code in range(4):  # a pale blue block at each place, from the doorway outwards, the third on top
        img = icehouse.render(0.5, code, 0.5, 0).astype(int)
        assert [bool(img[int(y), int(x), 2] > img[int(y), int(x), 0] + 80) for x, y in icehouse.BLOCKS] == \
            [i < code for i in range(3)]
    changed = (icehouse.render(0.5, 0, 0.5, 0) != icehouse.render(0.5, 3, 0.5, 0)).any(-1)
    assert not changed[:41].any() and not changed[:, :39].any()
    bare, some, deep = (icehouse.render(0.5, 0, s, 0) for s in (0.0, 0.5, 1.0))
    assert bare[25, 31, 0] > bare[25, 31, 2] + 60 and some[25, 31].min() > 235  # a snow cap on the dome's top
    assert bare[40, 5, 1] > bare[40, 5, 0] + 30 and deep[40, 5].min() > 210  # the green bank turns white
    assert deep[60, 5].astype(int).sum() > bare[60, 5].astype(int).sum() + 100  # the yard whitens a little
    assert np.array_equal(bare[:23], deep[:23])  # the sky stays
    red, yellow, grey = (icehouse.render(0.5, 0, 0.5, k)[40, 16].astype(int) for k in range(3))
    assert red[0] > red[1] + 80 and yellow[0] > 200 and yellow[1] > 160 and yellow[2] < 130
    assert np.ptp(grey) < 10 and 100 < grey[0] < 160
    changed = (icehouse.render(0.5, 0, 0.5, 0) != icehouse.render(0.5, 0, 0.5, 2)).any(-1)
    assert not changed[:23].any() and not changed[52:].any() and not changed[:, :10].any() and not changed[:, 52:].any()


def test_cidermill_board_screws_down_the_jar_fills_barrels_stand_by_the_wall_and_the_apples_are_the_ones_named():
    from latentexplainer.data import cidermill

    assert cidermill.FACTORS[2].categories == ("1", "2", "3")
    assert cidermill.FACTORS[3].categories == ("red", "green", "golden")

    def board(img):  # the rows of the press's board, left of the screw
        img = img[:, 6:12].astype(int)
        return np.nonzero((np.abs(img - (148, 102, 56)).max(-1) < 4).all(1))[0]

    raised, pressed = (board(cidermill.render(p, 0.5, 0, 0)) for p in (0.0, 1.0))
    assert (raised.min(), raised.max(), pressed.min(), pressed.max()) == (14, 17, 29, 32)
    changed = (cidermill.render(0.0, 0.5, 0, 0) != cidermill.render(1.0, 0.5, 0, 0)).any(-1)
    assert not changed[:14].any() and not changed[33:].any() and not changed[:, 24:].any()

    def cider(img):  # the rows of amber cider in the jar
        img = img[:, 28:45].astype(int)
        return np.nonzero(((img[..., 0] - img[..., 2] > 120) & (img[..., 1] > 90)).any(1))[0]

    assert len(cider(cidermill.render(0.5, 0.0, 0, 0))) == 0
    half, full = (cider(cidermill.render(0.5, c, 0, 0)) for c in (0.5, 1.0))
    assert (half.min(), full.min()) == (37, 29) and half.max() == full.max() == 44
    changed = (cidermill.render(0.5, 0.0, 0, 0) != cidermill.render(0.5, 1.0, 0, 0)).any(-1)
    assert not changed[:28].any() and not changed[45:].any() and not changed[:, :27].any() and not changed[:, 44:].any()
    wall = np.array(cidermill.WALL) * 255
    for code in range(3):  # a barrel at each place: bottom left, bottom right, on top
        img = cidermill.render(0.5, 0.5, code, 0)
        assert [bool(np.abs(img[int(y), int(x)] - wall).max() > 60) for x, y in cidermill.BARRELS] == \
            [i <= code for i in range(3)]
    changed = (cidermill.render(0.5, 0.5, 0, 0) != cidermill.render(0.5, 0.5, 2, 0)).any(-1)
    assert not changed[:15].any() and not changed[45:].any() and not changed[:, :48].any()
    red, green, golden = (cidermill.render(0.5, 0.5, 0, k)[43, 14].astype(int) for k in range(3))
    assert red[0] > red[1] + 150 and green[1] > green[0] + 60 and green[1] > green[2] + 60
    assert golden[0] > 230 and golden[1] > 190 and golden[2] < 90
    changed = (cidermill.render(0.5, 0.5, 0, 0) != cidermill.render(0.5, 0.5, 0, 2)).any(-1)
    assert not changed[:34].any() and not changed[49:].any() and not changed[:, 28:].any()  # the apples only


def test_toyshop_train_runs_along_the_shelf_the_teddy_grows_blocks_stack_up_and_the_top_hue_is_cyclic():
    from latentexplainer.data import toyshop

    assert toyshop.FACTORS[2].categories == ("1", "2", "3")
    assert toyshop.FACTORS[3].kind == "cyclic" and toyshop.FACTORS[3].period == 1.0

    def loco(img):  # the red locomotive, on the shelf
        img = img[:16].astype(int)
        return (img[..., 0] - img[..., 1] > 120) & (img[..., 0] - img[..., 2] > 120)

    left, right = (_rows_cols(loco(toyshop.render(t, 0.5, 0, 0.5)))[1] for t in (0.0, 1.0))
    assert right.min() - left.min() == 36 and right.max() == 62
    changed = (toyshop.render(0.0, 0.5, 0, 0.5) != toyshop.render(1.0, 0.5, 0, 0.5)).any(-1)
    assert not changed[17:].any()  # the shelf's top only

    def fur(img):  # the teddy's brown fur
        return (np.abs(img[:53].astype(int) - (153, 97, 46)).max(-1) < 6)

    small, big = (fur(toyshop.render(0.5, s, 0, 0.5)) for s in (0.0, 1.0))
    assert big.sum() > 4 * small.sum() and _rows_cols(big)[0].min() < _rows_cols(small)[0].min() - 10
    changed = (toyshop.render(0.5, 0.0, 0, 0.5) != toyshop.render(0.5, 1.0, 0, 0.5)).any(-1)
    assert not changed[:20].any() and not changed[52:].any() and not changed[:, 24:].any()
    wall = np.array(toyshop.WALL) * 255
    for code in range(3):  # red, then blue, then green, from the counter up
        img = toyshop.render(0.5, 0.5, code, 0.5)
        column = [img[int(toyshop.COUNTER_Y - 10 * (k + 0.5) + 3), 31] for k in range(3)]
        assert [bool(np.abs(c - wall).max() > 80) for c in column] == [k <= code for k in range(3)]
    changed = (toyshop.render(0.5, 0.5, 0, 0.5) != toyshop.render(0.5, 0.5, 2, 0.5)).any(-1)
    assert not changed[:20].any() and not changed[42:].any() and not changed[:, :25].any() and not changed[:, 37:].any()
    red, blue = toyshop.render(0.5, 0.5, 0, 0.0), toyshop.render(0.5, 0.5, 0, 0.62)
    assert _red_and_blue(red, blue, 47, 51)
    assert np.array_equal(red, toyshop.render(0.5, 0.5, 0, 1.0))
    changed = (red != blue).any(-1)
    assert not changed[:34].any() and not changed[52:].any() and not changed[:, :41].any()  # the top only


def test_postoffice_hand_goes_round_the_shutter_comes_down_sacks_stand_from_the_left_and_the_flag_is_raised():
    from latentexplainer.data import postoffice

    assert postoffice.FACTORS[0].kind == "cyclic" and postoffice.FACTORS[0].period == 1.0
    assert postoffice.FACTORS[2].categories == ("0", "1", "2", "3")
    # where the hand points: at twelve, three, six and nine o'clock a pixel under it turns black
    spots = ((5, 32), (11, 38), (18, 32), (11, 26))
    for k, turn in enumerate((0.0, 0.25, 0.5, 0.75)):
        img = postoffice.render(turn, 0.5, 0, 0.5)
        assert [bool(img[r, c].max() < 40) for r, c in spots] == [i == k for i in range(4)]
    assert np.array_equal(postoffice.render(0.0, 0.5, 0, 0.5), postoffice.render(1.0, 0.5, 0, 0.5))
    changed = (postoffice.render(0.0, 0.5, 0, 0.5) != postoffice.render(0.5, 0.5, 0, 0.5)).any(-1)
    assert not changed[22:].any() and not changed[:, :21].any() and not changed[:, 43:].any()

    def shutter(img):  # the grey shutter's rows, across the window
        img = img[31:52, 6:26].astype(int)
        return 31 + np.nonzero(((np.ptp(img, -1) < 20) & (img.max(-1) > 80) & (img.max(-1) < 175)).all(1))[0]

    assert len(shutter(postoffice.render(0.0, 0.0, 0, 0.5))) == 0
    half, shut = (shutter(postoffice.render(0.0, s, 0, 0.5)) for s in (0.5, 1.0))
    assert half.min() == shut.min() == 31 and (half.max(), shut.max()) == (40, 51)
    changed = (postoffice.render(0.0, 0.0, 0, 0.5) != postoffice.render(0.0, 1.0, 0, 0.5)).any(-1)
    assert not changed[:29].any() and not changed[52:].any() and not changed[:, 30:].any()
    pave = np.array(postoffice.PAVE) * 255
    for code in range(4):  # a sack at each place along the pavement, from the left
        img = postoffice.render(0.0, 0.5, code, 0.5)
        assert [bool(np.abs(img[58, int(x)] - pave).max() > 60) for x in postoffice.SACKS] == \
            [i < code for i in range(3)]
    changed = (postoffice.render(0.0, 0.5, 0, 0.5) != postoffice.render(0.0, 0.5, 3, 0.5)).any(-1)
    assert not changed[:49].any() and not changed[:, 36:].any()

    def flag(img):  # the blue flag's rows, right of the pole
        img = img[:, 53:].astype(int)
        return np.nonzero((img[..., 2] - img[..., 0] > 120).any(1))[0]

    low, high = (flag(postoffice.render(0.0, 0.5, 0, h)) for h in (0.0, 1.0))
    assert (low.min(), low.max(), high.min(), high.max()) == (26, 33, 4, 11)
    changed = (postoffice.render(0.0, 0.5, 0, 0.0) != postoffice.render(0.0, 0.5, 0, 1.0)).any(-1)
    assert not changed[:, :52].any() and not changed[35:].any()


def test_hatshop_hat_is_the_one_named_its_hue_is_cyclic_the_stand_lifts_it_and_the_lamp_lights_the_shop():
    from latentexplainer.data import hatshop

    assert hatshop.FACTORS[0].categories == ("top hat", "bowler", "sun hat")
    assert hatshop.FACTORS[1].kind == "cyclic" and hatshop.FACTORS[1].period == 1.0

    def hat(img):  # a red hat (hue 0): the only red pixels
        img = img.astype(int)
        return (img[..., 0] - img[..., 1] > 60) & (img[..., 0] - img[..., 2] > 60)

    (top_r, top_c), (bowler_r, bowler_c), (sun_r, sun_c) = (_rows_cols(hat(hatshop.render(k, 0.0, 0.5, 1.0)))
                                                            for k in range(3))
    assert top_r.min() < bowler_r.min() - 6 and top_r.min() < sun_r.min() - 8  # the tall crown
    assert sun_c.max() - sun_c.min() > bowler_c.max() - bowler_c.min() + 12  # the wide brim
    changed = (hatshop.render(0, 0.5, 0.5, 0.5) != hatshop.render(2, 0.5, 0.5, 0.5)).any(-1)
    assert not changed[:8].any() and not changed[32:].any()
    red, blue = hatshop.render(0, 0.0, 0.5, 1.0), hatshop.render(0, 0.62, 0.5, 1.0)
    assert _red_and_blue(red, blue, 15, 32)
    assert np.array_equal(red, hatshop.render(0, 1.0, 0.5, 1.0))
    changed = (red != blue).any(-1)
    assert not changed[:9].any() and not changed[28:].any() and not changed[:, :20].any() and not changed[:, 44:].any()
    short, tall = (_rows_cols(hat(hatshop.render(0, 0.0, s, 1.0)))[0] for s in (0.0, 1.0))
    assert short.min() - tall.min() == 14 and short.max() - tall.max() == 14
    changed = (hatshop.render(0, 0.5, 0.0, 0.5) != hatshop.render(0, 0.5, 1.0, 0.5)).any(-1)
    assert not changed[44:].any() and not changed[:, :20].any() and not changed[:, 44:].any()
    off, on = hatshop.render(0, 0.5, 0.5, 0.0), hatshop.render(0, 0.5, 0.5, 1.0)
    assert on[13, 53].min() > 190 and off[13, 53].max() < 150  # the bulb glows
    assert on[30, 5].astype(int).sum() > 2 * off[30, 5].astype(int).sum()  # the whole shop brightens
    assert on[55, 30].astype(int).sum() > 2 * off[55, 30].astype(int).sum()


def test_tannery_hides_hang_from_the_left_the_dye_hue_is_cyclic_smoke_thickens_and_the_day_brightens():
    from latentexplainer.data import tannery

    assert tannery.FACTORS[0].categories == ("1", "2", "3")
    assert tannery.FACTORS[1].kind == "cyclic" and tannery.FACTORS[1].period == 1.0
    row = int(tannery.RACK_Y + 2 + tannery.HIDE_HH)  # across the hides' middles
    for code in range(3):  # a tan hide at each place along the rack, from the left; the sky elsewhere
        img = tannery.render(code, 0.5, 0.5, 1.0).astype(int)
        assert [bool(img[row, int(x), 2] < img[row, int(x), 0] - 60) for x in tannery.HIDES] == \
            [i <= code for i in range(3)]
    changed = (tannery.render(0, 0.5, 0.5, 0.5) != tannery.render(2, 0.5, 0.5, 0.5)).any(-1)
    assert not changed[:13].any() and not changed[32:].any() and not changed[:, :12].any() and not changed[:, 36:].any()
    red, blue = tannery.render(0, 0.0, 0.5, 1.0), tannery.render(0, 0.62, 0.5, 1.0)
    assert _red_and_blue(red, blue, int(tannery.VAT_TOP), int(tannery.VAT_X))
    assert np.array_equal(red, tannery.render(0, 1.0, 0.5, 1.0))
    changed = (red != blue).any(-1)
    assert not changed[:43].any() and not changed[51:].any() and not changed[:, :35].any() and not changed[:, 59:].any()
    clear, thick = tannery.render(0, 0.5, 0.0, 1.0), tannery.render(0, 0.5, 1.0, 1.0)
    assert clear[5, 34, 2] > 200 and thick[5, 34].max() < 110  # a dark puff over the blue sky
    changed = (clear != thick).any(-1)
    assert not changed[11:].any() and not changed[:, :22].any() and not changed[:, 56:].any()
    dusk, day = (tannery.render(0, 0.5, 0.5, d).astype(int) for d in (0.0, 1.0))
    assert (day >= dusk).all() and day.mean() > 2 * dusk.mean()  # the whole picture brightens
    assert dusk[2, 2, 2] - dusk[2, 2, 0] > day[2, 2, 2] - day[2, 2, 0] - 60  # dusk is a little bluer


def test_fishmarket_fish_lies_along_the_counter_the_awning_is_the_colour_named_the_sign_swings_and_rain_falls():
    from latentexplainer.data import fishmarket

    assert fishmarket.FACTORS[1].categories == ("red", "blue", "green")

    def fish(img):  # the fish's silver-blue sides
        return np.abs(img.astype(int) - np.array(fishmarket.FISH) * 255).max(-1) < 4

    (left_r, left_c), (right_r, right_c) = (_rows_cols(fish(fishmarket.render(t, 0, 0.0, 0.0))) for t in (0.0, 1.0))
    assert right_c.min() - left_c.min() == 22 and right_c.max() - left_c.max() == 22
    assert np.array_equal(left_r, right_r) and left_r.min() >= 34 and left_r.max() <= 42  # on the ice
    changed = (fishmarket.render(0.0, 0, 0.0, 0.0) != fishmarket.render(1.0, 0, 0.0, 0.0)).any(-1)
    assert not changed[:34].any() and not changed[44:].any() and not changed[:, :6].any() and not changed[:, 55:].any()
    red, blue, green = (fishmarket.render(0.5, k, 0.0, 0.0)[14, 9].astype(int) for k in range(3))
    assert red[0] > red[1] + 120 and blue[2] > blue[0] + 120 and green[1] > green[0] + 80 and green[1] > green[2] + 60
    assert fishmarket.render(0.5, 0, 0.0, 0.0)[14, 13].min() > 220  # white between the coloured stripes
    changed = (fishmarket.render(0.5, 0, 0.0, 0.5) != fishmarket.render(0.5, 2, 0.0, 0.5)).any(-1)
    assert not changed[:9].any() and not changed[19:].any()  # the awning only

    def sign(img):  # the columns of the pale sign, over the stall's dark back
        return 8 + _rows_cols(img[19:34, 8:56].min(-1) > 120)[1]

    left, straight, right = (sign(fishmarket.render(0.5, 0, s, 0.0)) for s in (-0.5, 0.0, 0.5))
    assert left.mean() < straight.mean() - 3 and right.mean() > straight.mean() + 3
    assert abs(straight.mean() - fishmarket.HOOK_X) < 1
    changed = (fishmarket.render(0.5, 0, -0.5, 0.0) != fishmarket.render(0.5, 0, 0.5, 0.0)).any(-1)
    assert not changed[:19].any() and not changed[34:].any() and not changed[:, :18].any() and not changed[:, 46:].any()
    dry, wet = fishmarket.render(0.5, 0, 0.0, 0.0).astype(int), fishmarket.render(0.5, 0, 0.0, 1.0).astype(int)
    assert dry[2, 30, 2] > dry[2, 30, 0] + 100 and np.ptp(wet[2, 30]) < 20  # the blue sky turns grey
    streaks = wet.sum(-1) - dry.sum(-1) > 150  # pale streaks, over the stall's dark back too
    assert streaks.sum() > 150 and streaks[20:34, 10:55].sum() > 40


def test_barbershop_pole_stripes_turn_the_chair_rises_and_the_hair_grows_long_and_darkens():
    from latentexplainer.data import barbershop

    assert barbershop.FACTORS[0].kind == "cyclic" and barbershop.FACTORS[0].period == 1.0

    def red_rows(img):  # the rows of the pole's red stripes, down its middle
        img = img.astype(int)
        return np.nonzero((img[:, 6, 0] - img[:, 6, 1] > 120) & (img[:, 6, 0] - img[:, 6, 2] > 120))[0]

    start, quarter = red_rows(barbershop.render(0.0, 0.5, 0.5, 0.5)), red_rows(barbershop.render(0.25, 0.5, 0.5, 0.5))
    assert np.array_equal(quarter, start - 3)  # a quarter turn moves the stripes a quarter repeat up
    assert np.array_equal(barbershop.render(0.0, 0.5, 0.5, 0.5), barbershop.render(1.0, 0.5, 0.5, 0.5))
    changed = (barbershop.render(0.0, 0.5, 0.5, 0.5) != barbershop.render(0.5, 0.5, 0.5, 0.5)).any(-1)
    assert not changed[:8].any() and not changed[46:].any() and not changed[:, 12:].any()  # the pole only

    def skin(img):  # the rows of the customer's face
        return _rows_cols(np.abs(img.astype(int) - np.array(barbershop.SKIN) * 255).max(-1) < 4)[0]

    low, high = (skin(barbershop.render(0.0, h, 0.5, 0.5)) for h in (0.0, 1.0))
    assert low.min() - high.min() == 9 and low.max() - high.max() == 9
    changed = (barbershop.render(0.0, 0.0, 0.5, 0.5) != barbershop.render(0.0, 1.0, 0.5, 0.5)).any(-1)
    assert not changed[:10].any() and not changed[:, :20].any() and not changed[:, 54:].any()

    def hair(img):  # black hair, above the shoes
        mask = np.abs(img.astype(int) - np.array(barbershop.BLACK) * 255).max(-1) < 4
        mask[44:] = False
        return mask

    short, long = (hair(barbershop.render(0.0, 0.5, h, 1.0)) for h in (0.0, 1.0))
    assert long.sum() > 3 * short.sum() and _rows_cols(long)[0].max() > _rows_cols(short)[0].max() + 12
    changed = (barbershop.render(0.0, 0.5, 0.0, 0.5) != barbershop.render(0.0, 0.5, 1.0, 0.5)).any(-1)
    assert not changed[:22].any() and not changed[43:].any() and not changed[:, :27].any() and not changed[:, 35:].any()
    blond, black = barbershop.render(0.0, 0.5, 0.5, 0.0), barbershop.render(0.0, 0.5, 0.5, 1.0)
    assert blond[18, 33, 0] > 200 and blond[18, 33, 2] < 160 and black[18, 33].max() < 40
    changed = (blond != black).any(-1)
    assert not changed[:15].any() and not changed[33:].any() and not changed[:, :26].any() and not changed[:, 43:].any()


def test_orangery_trees_stand_from_the_middle_the_oranges_ripen_the_vent_opens_and_the_sun_comes_out():
    from latentexplainer.data import orangery

    assert orangery.FACTORS[0].categories == ("1", "2", "3")
    for code in range(3):  # a green tub at each place: the middle, then the left, then the right
        img = orangery.render(code, 0.5, 0.0, 1.0).astype(int)
        assert [bool(img[47, int(x), 1] > img[47, int(x), 0] + 30) for x in orangery.TREES] == \
            [i <= code for i in range(3)]
    changed = (orangery.render(0, 0.5, 0.0, 1.0) != orangery.render(2, 0.5, 0.0, 1.0)).any(-1)
    assert not changed[:18].any() and not changed[53:].any()
    assert not changed[:, 23:42].any()  # the middle tree stands in both
    fx, fy = orangery.FRUIT[3]
    spots = ((int(orangery.CROWN_Y + fy), int(orangery.TREES[0] + fx)), (int(orangery.BASKET_Y - 2), int(orangery.BASKET_X)))
    for r, c in spots:  # an orange on the tree and one in the basket
        green, ripe = (orangery.render(0, p, 0.0, 1.0)[r, c].astype(int) for p in (0.0, 1.0))
        assert green[1] > green[0] + 50 and ripe[0] > ripe[1] + 100 and ripe[2] < 30
    changed = (orangery.render(0, 0.0, 0.5, 0.5) != orangery.render(0, 1.0, 0.5, 0.5)).any(-1)
    assert not changed[:18].any() and not changed[:, :13].any() and not changed[:, 41:].any()

    def sky(img):  # the blue sky through the vent
        img = img.astype(int)
        return img[..., 2] - img[..., 0] > 100

    shut, half, wide = (sky(orangery.render(0, 0.5, v, 1.0)) for v in (0.0, 0.5, 1.0))
    assert shut.sum() == 0 < half.sum() < wide.sum() and wide.sum() > 180
    assert _rows_cols(wide)[0].min() < _rows_cols(half)[0].min() - 6 and _rows_cols(wide)[0].max() <= 17
    changed = (orangery.render(0, 0.5, 0.0, 0.5) != orangery.render(0, 0.5, 1.0, 0.5)).any(-1)
    assert not changed[18:].any() and not changed[:, :21].any() and not changed[:, 43:].any()
    dull, sunny = orangery.render(0, 0.5, 0.0, 0.0).astype(int), orangery.render(0, 0.5, 0.0, 1.0).astype(int)
    assert sunny.mean() > dull.mean() + 40
    assert np.ptp(dull[30, 5]) < 15 and sunny[30, 5, 2] > sunny[30, 5, 0] + 40  # grey panes turn blue
    beams = sunny[46:, 30:].sum(-1)  # bright and darker bands across the sunny floor
    assert beams.max() > beams.min() + 80


def test_belltower_bell_swings_the_spire_rises_the_masonry_is_the_one_named_and_fog_veils_it():
    from latentexplainer.data import belltower

    assert belltower.FACTORS[2].categories == ("grey stone", "sandstone", "red brick")

    def bell(img):  # the bronze bell's columns
        return _rows_cols(np.abs(img.astype(int) - np.array(belltower.BRONZE) * 255).max(-1) < 4)[1]

    left, straight, right = (bell(belltower.render(s, 0.5, 0, 0.0)) for s in (-0.7, 0.0, 0.7))
    assert left.mean() < straight.mean() - 3 and right.mean() > straight.mean() + 3
    assert left.min() < belltower.TOWER_X - 8 and right.max() > belltower.TOWER_X + 6
    changed = (belltower.render(-0.7, 0.5, 0, 0.5) != belltower.render(0.7, 0.5, 0, 0.5)).any(-1)
    assert not changed[:20].any() and not changed[44:].any() and not changed[:, :21].any() and not changed[:, 43:].any()

    def spire(img):  # the rows of the slate spire, both its sides
        img = img.astype(int)
        return _rows_cols((np.abs(img - np.array(belltower.SLATE) * 255).max(-1) < 4)
                          | (np.abs(img - np.array(belltower.SLATE_DARK) * 255).max(-1) < 4))[0]

    short, tall = (spire(belltower.render(0.0, h, 0, 0.0)) for h in (0.0, 1.0))
    assert short.min() - tall.min() == 13 and short.max() == tall.max() == 15
    changed = (belltower.render(0.0, 0.0, 0, 0.5) != belltower.render(0.0, 1.0, 0, 0.5)).any(-1)
    assert not changed[16:].any() and not changed[:, :16].any() and not changed[:, 48:].any()
    grey, sand, brick = (belltower.render(0.0, 0.5, k, 0.0)[50, 20].astype(int) for k in range(3))
    assert np.ptp(grey) < 10 and 120 < grey[0] < 170
    assert sand[0] > 190 and sand[1] > 160 and sand[2] < 140 and brick[0] > brick[1] + 80
    changed = (belltower.render(0.0, 0.5, 0, 0.0) != belltower.render(0.0, 0.5, 2, 0.0)).any(-1)
    assert not changed[:16].any() and not changed[:, :16].any() and not changed[:, 48:].any()  # the tower only
    clear, foggy = (belltower.render(0.0, 0.5, 0, f).astype(float) for f in (0.0, 1.0))
    assert foggy.std() < clear.std() / 2  # the fog veils everything
    assert clear[2, 2, 2] > clear[2, 2, 0] + 80 and np.ptp(foggy[2, 2]) < np.ptp(clear[2, 2]) / 2  # a greyer sky


def test_pottingshed_door_opens_on_the_dark_pots_stand_from_the_left_the_paint_hue_is_cyclic_and_ivy_climbs():
    from latentexplainer.data import pottingshed

    assert pottingshed.FACTORS[1].categories == ("1", "2", "3")
    assert pottingshed.FACTORS[2].kind == "cyclic" and pottingshed.FACTORS[2].period == 1.0

    def dark(img):  # the shed's dark inside, in the doorway
        return int((img[35:50, int(pottingshed.DOOR_L):int(pottingshed.DOOR_R)].astype(int).max(-1) < 30).sum())

    shut, half, wide = (dark(pottingshed.render(d, 0, 0.5, 0.5)) for d in (0.0, 0.5, 1.0))
    assert shut == 0 < half < wide and wide >= 100
    changed = (pottingshed.render(0.0, 0, 0.5, 0.5) != pottingshed.render(1.0, 0, 0.5, 0.5)).any(-1)
    assert not changed[:25].any() and not changed[52:].any() and not changed[:, :20].any() and not changed[:, 32:].any()
    row = int(pottingshed.BENCH_Y - 3)
    for code in range(3):  # a terracotta pot at each place along the bench, from the left
        img = pottingshed.render(0.5, code, 0.5, 0.5).astype(int)
        assert [bool(img[row, int(x), 0] > img[row, int(x), 2] + 100) for x in pottingshed.POTS] == \
            [i <= code for i in range(3)]
    changed = (pottingshed.render(0.5, 0, 0.5, 0.5) != pottingshed.render(0.5, 2, 0.5, 0.5)).any(-1)
    assert not changed[:28].any() and not changed[45:].any() and not changed[:, :43].any()
    red, blue = pottingshed.render(0.5, 0, 0.0, 0.5), pottingshed.render(0.5, 0, 0.62, 0.5)
    assert _red_and_blue(red, blue, 22, 30)
    assert np.array_equal(red, pottingshed.render(0.5, 0, 1.0, 0.5))
    changed = (red != blue).any(-1)
    assert not changed[:18].any() and not changed[53:].any() and not changed[:, 50:].any()  # the shed only

    def ivy_top(img):  # the top row of the dark green ivy, on the left of the wall
        img = img[:52, :18].astype(int)
        return _rows_cols((img[..., 1] - img[..., 2] > 40) & (img.max(-1) < 130))[0].min()

    low, high = (ivy_top(pottingshed.render(0.5, 0, 0.5, v)) for v in (0.0, 1.0))
    assert low >= 45 and high <= 20
    changed = (pottingshed.render(0.5, 0, 0.5, 0.0) != pottingshed.render(0.5, 0, 0.5, 1.0)).any(-1)
    assert not changed[:17].any() and not changed[50:].any() and not changed[:, 17:].any()


# the suite


def test_suite_split_is_disjoint_and_names_registered_labelled_sets():
    assert set(DEV_SETS).isdisjoint(HELDOUT_SETS)
    assert suite_sets("dev") == DEV_SETS and suite_sets("heldout") == HELDOUT_SETS
    assert suite_sets("all") == DEV_SETS + HELDOUT_SETS
    assert set(NEW_SETS) <= set(suite_sets("all"))
    for name in suite_sets("all"):
        assert name in DATASETS
    for name in set(suite_sets("all")) - {"fashion-mnist"}:  # fashion-mnist needs a Debian package
        assert load_dataset(name, 2, seed=0).has_factors


def test_unknown_suite_is_a_one_line_config_error():
    with pytest.raises(ConfigError) as err:
        suite_sets("test")
    msg = str(err.value)
    assert msg == one_line(msg) and "dev" in msg and "heldout" in msg and "all" in msg


def test_unknown_data_set_lists_the_new_names():
    with pytest.raises(DataError) as err:
        load_dataset("sprites", 4)
    for name in NEW_SETS:
        assert name in str(err.value)
