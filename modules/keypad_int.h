// Shared inside the keypad module: keypad.c (the scanners Keys, KeyMatrix,
// ShiftRegisterKeys) and keypad_event.c (Event, EventQueue).
#ifndef COPPER_MODULES_KEYPAD_INT_H
#define COPPER_MODULES_KEYPAD_INT_H

#include <stdbool.h>
#include <stdint.h>
#include "obj.h"

extern const Type keypad_event_type, keypad_eventqueue_type;

// supervisor.ticks_ms(): (monotonic ms + 0x1fff0000) % 2**29.
uint32_t keypad_ticks_ms(void);

// A new queue holding at most max_events events (max_events >= 1).
Value keypad_eventqueue_new(size_t max_events);
// Appends an event; when the queue is full the new event is dropped and
// `overflowed` set (CircuitPython's EventQueue does this). Never allocates.
void keypad_eventqueue_record(Value queue, uint16_t key_number, bool pressed, uint32_t timestamp);

#endif
