"""The benchmark suite (evaluate/suite.py): its split, its summary and its table; the CLI refuses
an unknown suite before any work. (Running it trains a model per data set: benchmarks/suite.py.)"""

import pytest

from latentexplainer.cli.main import main
from latentexplainer.data.suite import DEV_SETS, HELDOUT_SETS, suite_sets
from latentexplainer.evaluate.suite import suite_markdown, summarise


def _row(name, split, acc, auroc, cw):
    return {"dataset": name, "split": split, "factor_accuracy": acc, "certainty_auroc": auroc,
            "certainty_auroc_active": auroc, "confident_wrong_rate": cw, "n_latents": 10, "n_with_factor": 3,
            "n_active": 5, "n_clear": 4}


def test_summary_is_over_the_held_out_sets_apart_from_the_development_ones():
    rows = [_row("shapes", "dev", 1.0, 1.0, 0.0), _row("bars", "heldout", 0.5, 0.8, 0.25),
            _row("glyphs", "heldout", None, None, None), _row("faces", "heldout", 1.0, 1.0, 0.0)]
    s = summarise(rows)
    assert s["heldout"]["sets"] == ["bars", "glyphs", "faces"]
    assert s["heldout"]["mean_factor_accuracy"] == pytest.approx(0.75)  # a set without a figure is left out
    assert s["heldout"]["mean_certainty_auroc"] == pytest.approx(0.9)
    assert s["heldout"]["max_confident_wrong_rate"] == 0.25
    assert s["dev"]["mean_factor_accuracy"] == 1.0
    table = suite_markdown({"sets": rows, "summary": s}).splitlines()
    assert table[0].startswith("| set | split | accuracy | AUROC")
    assert any(line.startswith("| glyphs | heldout | n/a") for line in table)
    assert any(line.startswith("| **heldout mean** | | 0.750 | 0.900") for line in table)
    assert s["heldout"]["collapsed"] == [] and not any("collapsed" in line for line in table)


def test_a_set_whose_model_collapsed_is_named_so():
    rows = [_row("bars", "heldout", 0.5, 0.8, 0.25), {**_row("ladder", "heldout", None, None, None), "n_active": 0}]
    s = summarise(rows)
    assert s["heldout"]["collapsed"] == ["ladder"] and s["heldout"]["mean_factor_accuracy"] == 0.5
    table = suite_markdown({"sets": rows, "summary": s}).splitlines()
    assert any(line.startswith("| ladder | heldout | n/a (model collapsed) |") for line in table)


def test_the_split_is_decided_in_code_and_disjoint():
    assert set(DEV_SETS).isdisjoint(HELDOUT_SETS) and len(HELDOUT_SETS) >= 6
    assert {"shapes", "scenes", "fashion-mnist", "balloon", "house", "fish"} <= set(DEV_SETS) <= set(suite_sets("all"))
    # studied sets never go back: the held-out ones are the newest, designed without sight of the explainer
    assert {"maltster", "clogmaker", "feltmaker", "forester", "harbourmaster", "costermonger"} == set(HELDOUT_SETS)
    assert {"netmaker", "beadmaker", "lumberjack", "icemaker", "buttonmaker", "brewer"} <= set(DEV_SETS)
    assert {"pewterer", "rigger", "lapidary", "scaffolder", "pieman", "wigmaker"} <= set(DEV_SETS)
    assert {"hedger", "shrimper", "draper", "stationer", "chainmaker", "thresher"} <= set(DEV_SETS)
    assert {"tinker", "drayman", "fowler", "sexton", "ostler", "porter"} <= set(DEV_SETS)
    assert {"sawyer", "roofer", "hatter", "collier", "scrivener", "trawlerman"} <= set(DEV_SETS)
    assert {"plasterer", "bowyer", "ratcatcher", "coppersmith", "steeplejack", "pedlar"} <= set(DEV_SETS)
    assert {"apothecary", "banker", "embroiderer", "schoolmaster", "navvy", "stevedore"} <= set(DEV_SETS)
    assert {"weaver", "miller", "glover", "coalman", "armourer", "postman"} <= set(DEV_SETS)
    assert {"bellringer", "goldsmith", "gamekeeper", "candlemaker", "shearer", "fishmonger"} <= set(DEV_SETS)
    assert {"shipwright", "ploughman", "signalman", "typesetter", "watchmaker", "drover"} <= set(DEV_SETS)
    assert {"gilder", "organgrinder", "tiler", "diver", "helmsman", "acrobat"} <= set(DEV_SETS)
    assert {"milliner", "stoker", "engraver", "ferryman", "knitter", "barista"} <= set(DEV_SETS)
    assert {"juggler", "conductor", "beekeeper", "astronomer", "potter", "chef"} <= set(DEV_SETS)
    assert {"sommelier", "spinner", "assayer", "decorator", "pyrotechnist", "topiarist"} <= set(DEV_SETS)
    assert {"glassblower", "confectioner", "fisherman", "shepherd", "dressmaker", "windowcleaner"} <= set(DEV_SETS)
    assert {"woodturner", "bricklayer", "auctioneer", "milkman", "innkeeper", "pawnbroker"} <= set(DEV_SETS)
    assert {"butcher", "calligrapher", "firestation", "sculptor", "stationmaster", "organist"} <= set(DEV_SETS)
    assert {"optician", "gondolier", "welder", "laboratory", "mechanic", "dentist"} <= set(DEV_SETS)
    assert {"plumber", "bookseller", "ironmonger", "surveyor", "falconer", "lifeguard"} <= set(DEV_SETS)
    assert {"photographer", "carpenter", "vintner", "millwright", "haberdasher", "woodcutter"} <= set(DEV_SETS)
    assert {"luthier", "cartographer", "signwriter", "upholsterer", "perfumer", "chandler"} <= set(DEV_SETS)
    assert {"glazier", "jeweller", "florist", "chimneysweep", "lamplighter", "cutler"} <= set(DEV_SETS)
    assert {"fletcher", "soapmaker", "locksmith", "sailmaker", "basketmaker", "thatcher"} <= set(DEV_SETS)
    assert {"wheelwright", "saddlery", "bookbinder", "lacemaker", "farrier", "dyehouse"} <= set(DEV_SETS)
    assert {"brickworks", "bakehouse", "granary", "washhouse", "tinsmith", "boatyard"} <= set(DEV_SETS)
    assert {"papermill", "loomshed", "cheesemaker", "hopkiln", "tailorshop", "fishpond"} <= set(DEV_SETS)
    assert {"cobbler", "stonemason", "dairy", "canalboat", "bowlinggreen", "saltpans"} <= set(DEV_SETS)
    assert {"ropeswing", "bellfoundry", "coopershop", "tearoom", "sluicegate", "kitchengarden"} <= set(DEV_SETS)
    assert {"glassworks", "distillery", "chocolatier", "puppetshow", "lavenderfarm", "mineshaft"} <= set(DEV_SETS)
    assert {"tannery", "fishmarket", "barbershop", "orangery", "belltower", "pottingshed"} <= set(DEV_SETS)
    assert {"ropewalk", "icehouse", "cidermill", "toyshop", "postoffice", "hatshop"} <= set(DEV_SETS)
    assert {"dockyard", "allotment", "tollbooth", "lido", "printshop", "stables"} <= set(DEV_SETS)
    assert {"pharmacy", "rollercoaster", "petrolstation", "lockgate", "fernery", "smokehouse"} <= set(DEV_SETS)
    assert {"library", "cinema", "greengrocer", "signalbox", "hayloft", "waterfall"} <= set(DEV_SETS)
    assert {"brewery", "kennel", "chapel", "tramstop", "blacksmith", "quarry"} <= set(DEV_SETS)
    assert {"sawmill", "apiary", "teahouse", "foundry", "geyser", "cornfield"} <= set(DEV_SETS)
    assert {"bathhouse", "boathouse", "planetarium", "junkyard", "beanstalk", "icecave"} <= set(DEV_SETS)
    assert {"aviary", "observatory", "dollhouse", "marina", "vineyard", "skatepark"} <= set(DEV_SETS)
    assert {"bandoneon", "campsite", "sushibar", "weatherstation", "henhouse", "rockpool"} <= set(DEV_SETS)
    assert {"cablecar", "dovecote", "paddock", "laundromat", "orchard", "waterwheel"} <= set(DEV_SETS)
    assert {"lemonade", "ferry", "birdfeeder", "hatrack", "rowboat", "pinata"} <= set(DEV_SETS)
    assert {"bandstand", "toolbox", "tugboat", "pottery", "icerink", "postbox"} <= set(DEV_SETS)
    assert {"mailtruck", "sandbox", "clockshop", "fishbowl", "ovenmitt", "bookstack"} <= set(DEV_SETS)
    assert {"turntable", "doghouse", "billiards", "wateringcan", "burger", "carpark"} <= set(DEV_SETS)
    assert {"stove", "sheep", "fridge", "bed", "roundabout", "swimmingpool"} <= set(DEV_SETS)
    assert {"greenhouse", "bicyclerack", "marketstall", "pagoda", "porthole", "xylophone"} <= set(DEV_SETS)
    assert {"bakery", "koi", "streetlamp", "dresser", "hotairballoon", "terrarium"} <= set(DEV_SETS)
    assert {"gumball", "windchime", "crosswalk", "cookies", "lilypond", "curtains"} <= set(DEV_SETS)
    assert {"powerlines", "beachhuts", "washer", "picnic", "jars", "houseplant"} <= set(DEV_SETS)
    assert {"gazebo", "harp", "wagon", "jukebox", "birdbath", "skateboard"} <= set(DEV_SETS)
    assert {"tricycle", "beaver", "kiln", "raft", "tuba", "bonsai"} <= set(DEV_SETS)
    assert {"hedgehog", "typewriter", "bucket", "drum", "pier", "hotdog"} <= set(DEV_SETS)
    assert {"banana", "sprinkler", "birdcage", "shower", "cannon", "yoyo"} <= set(DEV_SETS)
    assert {"icecream", "door", "globe", "deckchair", "cake", "rabbit"} <= set(DEV_SETS)
    assert {"blinds", "bunting", "dinner", "staircase", "wardrobe", "dartboard"} <= set(DEV_SETS)
    assert {"turbine", "hydrant", "easel", "suitcase", "bathtub", "scooter"} <= set(DEV_SETS)
    assert {"fruitbowl", "airplane", "bricks", "abacus", "faucet", "toothbrush"} <= set(DEV_SETS)
    assert {"stapler", "zipper", "television", "strawberry", "eggs", "ladybug"} <= set(DEV_SETS)
    assert {"sofa", "marbles", "compass", "lollipop", "pencil", "bench"} <= set(DEV_SETS)
    assert {"present", "fan", "sandcastle", "envelope", "dominoes", "donut"} <= set(DEV_SETS)
    assert {"trophy", "scissors", "bowling", "parachute", "quilt", "watermelon"} <= set(DEV_SETS)
    assert {"kayak", "pinwheel", "beehive", "seesaw", "snowglobe", "weathervane"} <= set(DEV_SETS)
    assert {"tortoise", "giraffe", "helicopter", "spider", "telescope", "rooster"} <= set(DEV_SETS)
    assert {"tractor", "crab", "pizza", "ferriswheel", "jellyfish", "swing"} <= set(DEV_SETS)


def test_unknown_suite_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["benchmark", "--suite", "everything", "--out", str(tmp_path / "s")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown suite 'everything'" in err[0] and "heldout" in err[0]
    assert not (tmp_path / "s").exists()
    assert main(["benchmark", "--suite", "dev", "--bias", "combination", "--out", str(tmp_path / "s")]) == 2
    assert "drop --bias" in capsys.readouterr().err
