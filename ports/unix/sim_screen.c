// The display a run shows: the board's own panel, else the first --display
// panel, else the first SSD1306 (devices offer their screens as they are
// created, sim_screen_offer). --screen FILE.png saves what it shows at the
// end of the run; --snapshot T1,T2,... saves it when board time reaches
// each T, as FILE-<time>.png with the time as the view prints it
// (shot.png, 1.5s -> shot-1.500s.png). The same run writes the same bytes.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "png_write.h"
#include "sim.h"

static SimScreen *chosen;
static int chosen_rank;

static uint64_t *snapshot_ns;  // ascending
static size_t nsnapshots, next_snapshot;
static uint64_t last_tick_ns;   // the board time snapshots last saw
static bool finished;

void sim_screen_offer(SimScreen *s, int rank) {
    if (chosen == NULL || rank < chosen_rank) {
        chosen = s;
        chosen_rank = rank;
    }
}

const SimScreen *sim_screen(void) { return chosen; }

static void write_png(const char *path) {
    size_t size = (size_t)chosen->width * chosen->height * 3;
    uint8_t *rgb = malloc(size);
    if (rgb == NULL) {
        fprintf(stderr, "copper: out of memory writing %s\n", path);
        return;
    }
    chosen->render(chosen, rgb);
    if (!png_write_rgb(path, rgb, chosen->width, chosen->height)) {
        fprintf(stderr, "copper: can't write %s\n", path);
    }
    free(rgb);
}

// --screen's name without ".png", then "-1.500s.png".
static void write_snapshot(uint64_t t) {
    const char *base = sim_options.screen;
    size_t n = strlen(base);
    if (n >= 4 && strcmp(base + n - 4, ".png") == 0) {
        n -= 4;
    }
    char when[32];
    sim_format_time(t, when, sizeof(when));
    char *path = malloc(n + strlen(when) + 6);
    if (path == NULL) {
        return;
    }
    sprintf(path, "%.*s-%s.png", (int)n, base, when);
    write_png(path);
    free(path);
}

// Board time has reached `now`: nothing the program drew since the last
// tick happened after a snapshot time it passed, so the screen as it is
// now is the screen at that time.
static void snapshot_tick(uint64_t now) {
    last_tick_ns = now;
    while (next_snapshot < nsnapshots && snapshot_ns[next_snapshot] <= now) {
        write_snapshot(snapshot_ns[next_snapshot++]);
    }
}

static _Noreturn void bad_option(const char *msg, const char *arg) {
    fprintf(stderr, "copper: ");
    fprintf(stderr, msg, arg);
    fputc('\n', stderr);
    exit(2);
}

// "1s,2.5s,300ms" -> sorted times without repeats.
static void parse_snapshots(const char *list) {
    char *copy = strdup(list);
    snapshot_ns = calloc(strlen(list) + 1, sizeof(uint64_t));
    if (copy == NULL || snapshot_ns == NULL) {
        bad_option("out of memory%s", "");
    }
    for (char *item = strtok(copy, ","); item != NULL; item = strtok(NULL, ",")) {
        uint64_t t;
        if (!sim_parse_duration(item, &t)) {
            bad_option("bad time '%s' in --snapshot (e.g. 1s,2.5s,300ms)", item);
        }
        size_t i = nsnapshots;
        while (i > 0 && snapshot_ns[i - 1] > t) {
            snapshot_ns[i] = snapshot_ns[i - 1];
            i--;
        }
        if (i > 0 && snapshot_ns[i - 1] == t) {
            memmove(&snapshot_ns[i], &snapshot_ns[i + 1], (nsnapshots - i) * sizeof(uint64_t));
            continue;
        }
        snapshot_ns[i] = t;
        nsnapshots++;
    }
    free(copy);
    if (nsnapshots == 0) {
        bad_option("--snapshot wants times, e.g. 1s,2.5s%s", "");
    }
}

static void at_exit(void) { sim_screen_finish(); }

void sim_screen_start(void) {
    if (sim_options.snapshots != NULL && sim_options.screen == NULL) {
        bad_option("--snapshot needs --screen FILE.png (the snapshots are named after it)%s", "");
    }
    if (sim_options.screen == NULL) {
        return;
    }
    if (chosen == NULL) {
        bad_option("--screen: %s shows nothing: add a panel (--display ili9341@D10,D9) or an OLED "
                   "(--i2c ssd1306@0x3c)", hal_board()->id);
    }
    if (sim_options.snapshots != NULL) {
        parse_snapshots(sim_options.snapshots);
        sim_on_tick(snapshot_tick);
    }
    atexit(at_exit);
}

void sim_screen_finish(void) {
    if (finished || sim_options.screen == NULL || chosen == NULL) {
        return;
    }
    finished = true;
    write_png(sim_options.screen);
    if (next_snapshot < nsnapshots) {
        char when[32], end[32];
        sim_format_time(snapshot_ns[next_snapshot], when, sizeof(when));
        sim_format_time(last_tick_ns, end, sizeof(end));
        fprintf(stderr, "copper: no snapshot at %s or later: the run ended at %s\n", when, end);
    }
}
