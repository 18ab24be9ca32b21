// Audio samples and outputs as the audio modules share them.
//   audiocore.c   RawSample, WaveFile, and the player that reads a sample
//                 out as signed 16-bit mono for the port (HalAudioSource)
//   audioio.c     the output object behind audioio.AudioOut (DAC) and
//                 audiopwmio.PWMAudioOut (PWM), which differ only in pins
#ifndef COPPER_MODULES_AUDIOCORE_H
#define COPPER_MODULES_AUDIOCORE_H

#include "obj.h"
#include "hal_board.h"

// Where an output is in the sample it plays. Embedded in the output
// object, which the port's source callback points into.
typedef struct {
    Value sample;     // the RawSample or WaveFile (VAL_NULL: none)
    uint64_t frame;   // frames read so far (from the start of the loop)
    int fd;           // WaveFile: the file, open while playing; else -1
    bool loop;
} AudioPlayer;

// Starts `sample` from its beginning: TypeError if it is not a sample,
// the deinitialised-object ValueError if it was deinit'ed, OSError if its
// file cannot be opened. Fills `src` for hal_audio_play.
void audiocore_player_start(AudioPlayer *pl, Value sample, bool loop, HalAudioSource *src);
// Lets the sample go (closes its file).
void audiocore_player_stop(AudioPlayer *pl);

// The output types' constructor and methods (audioio.c). kind: 0 DAC, 1 PWM.
Value audioout_make(const Type *t, int kind, const char *fname, size_t nargs, const Value *args, Value kwnames);
#define AUDIOOUT_NATTRS 10
extern const AttrEntry audioout_attrs[AUDIOOUT_NATTRS];

#endif
