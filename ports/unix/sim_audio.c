// The simulated board's audio output: hal_audio_* and the --audio WAV writer.
#include "sim.h"

int hal_audio_init(uint8_t pin, int kind) {
    (void)pin;
    (void)kind;
    return 0;
}

void hal_audio_play(uint8_t pin, const HalAudioSource *src) {
    (void)pin;
    (void)src;
}

void hal_audio_stop(uint8_t pin) { (void)pin; }

void hal_audio_pause(uint8_t pin, bool paused) {
    (void)pin;
    (void)paused;
}

bool hal_audio_playing(uint8_t pin) {
    (void)pin;
    return false;
}

void hal_audio_deinit(uint8_t pin) { (void)pin; }
