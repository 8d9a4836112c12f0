// Each simulation thread runs worlds of its own. Dexie tells every other thread of each commit over a BroadcastChannel
// (Node shares one between a process's threads), where only another thread's unrelated worlds would hear it, about
// databases that bear the same names. Taken away before Dexie loads, so a thread's commits stay in that thread.
Reflect.deleteProperty(globalThis, 'BroadcastChannel');
