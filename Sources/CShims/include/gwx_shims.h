// What Swift cannot import from the C libraries: macros, variadic calls and globals.
#ifndef GWX_SHIMS_H
#define GWX_SHIMS_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#include <curl/curl.h>

// MARK: ncurses
/// The size of a window (getmaxyx is a macro).
void gwx_window_size(WINDOW *window, int *rows, int *columns);
/// COLOR_PAIR(n) as an attribute value.
int gwx_color_pair(int pair);
/// Attribute constants (macros in ncurses).
unsigned int gwx_attr_bold(void);
unsigned int gwx_attr_underline(void);
unsigned int gwx_attr_reverse(void);
unsigned int gwx_attr_dim(void);
/// Key codes that are macros.
int gwx_key_resize(void);
int gwx_key_mouse(void);
/// Number of colours the terminal supports (COLORS is a global).
int gwx_colors(void);
/// Writes one wide character with attributes and colour pair at the cursor.
int gwx_add_wide(WINDOW *window, int row, int column, const wchar_t *text, unsigned int attributes, short pair);

// MARK: ncurses (added for TerminalUI's CursesTerminal)
/// newterm(NULL, stdout, stdin): NULL when the terminal type is unknown (initscr would exit instead).
SCREEN *gwx_newterm(void);
/// The standard screen of the current terminal (stdscr is a global Swift 6 rejects).
WINDOW *gwx_stdscr(void);
/// COLOR_PAIRS (a global).
int gwx_color_pairs(void);
/// Turns on reporting of left clicks, double clicks and the wheel.
void gwx_enable_mouse(void);
/// Reads the pending mouse event: kind 1 click, 2 double click, 3 wheel up, 4 wheel down, 0 other.
int gwx_read_mouse(int *row, int *column, int *kind);
/// Restores the terminal (endwin) on SIGINT, SIGTERM, SIGHUP and SIGQUIT, then dies of the signal.
void gwx_install_restore_handlers(void);
/// Writes bytes straight to standard output (for escape sequences curses does not know, like OSC 52).
void gwx_write_stdout(const char *bytes, size_t length);
/// KEY_F(n).
int gwx_key_f(int n);

// MARK: OpenSSL's libcrypto, loaded with dlopen when a command first signs a request
// SigV4's SHA-256 and HMAC-SHA256 come from OpenSSL. Like libcurl (which needs libcrypto itself),
// it is not linked, so file-only commands start without it.
/// Loads libcrypto (libcrypto.so.3, else libcrypto.so.1.1) once per process; NULL when ready,
/// else why it is not. Thread-safe.
const char *gwx_crypto_load(void);
/// SHA-256 of `length` bytes into `digest` (32 bytes); 0 on success, -1 when libcrypto is not
/// loaded or fails.
int gwx_crypto_sha256(const unsigned char *data, size_t length, unsigned char *digest);
/// SHA-1 of `length` bytes into `digest` (20 bytes); 0 on success, -1 otherwise.
int gwx_crypto_sha1(const unsigned char *data, size_t length, unsigned char *digest);
/// HMAC-SHA256 of a message under a key into `digest` (32 bytes); 0 on success, -1 otherwise.
int gwx_crypto_hmac_sha256(const unsigned char *key, size_t key_length, const unsigned char *data, size_t length, unsigned char *digest);

// MARK: curl, loaded with dlopen when a command first talks to AWS
// gwx does not link libcurl, so that file-only commands start without loading it and its ~25
// dependencies, and run on machines without it. Every call below goes through the loaded library.
/// Loads libcurl (libcurl.so.4) and runs curl_global_init, once per process; NULL when ready,
/// else why it is not (dlopen's message). Thread-safe.
const char *gwx_curl_load(void);
/// The wrappers fail (NULL, CURLE_FAILED_INIT) instead of crashing when libcurl is not loaded.
CURL *gwx_curl_easy_init(void);
void gwx_curl_easy_cleanup(CURL *handle);
void gwx_curl_easy_reset(CURL *handle);
CURLcode gwx_curl_easy_perform(CURL *handle);
const char *gwx_curl_easy_strerror(CURLcode code);
struct curl_slist *gwx_curl_slist_append(struct curl_slist *list, const char *string);
void gwx_curl_slist_free_all(struct curl_slist *list);
CURLcode gwx_curl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode gwx_curl_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode gwx_curl_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode gwx_curl_setopt_off(CURL *handle, CURLoption option, curl_off_t value);
CURLcode gwx_curl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode gwx_curl_getinfo_double(CURL *handle, CURLINFO info, double *value);
/// A body or header data callback (CURLOPT_WRITEFUNCTION / CURLOPT_HEADERFUNCTION).
typedef size_t (*gwx_curl_data_callback)(char *data, size_t size, size_t count, void *context);
/// A progress callback (CURLOPT_XFERINFOFUNCTION); non-zero aborts the transfer.
typedef int (*gwx_curl_progress_callback)(void *context, curl_off_t download_total, curl_off_t download_now, curl_off_t upload_total, curl_off_t upload_now);
CURLcode gwx_curl_setopt_write_function(CURL *handle, gwx_curl_data_callback callback);
CURLcode gwx_curl_setopt_header_function(CURL *handle, gwx_curl_data_callback callback);
CURLcode gwx_curl_setopt_xferinfo_function(CURL *handle, gwx_curl_progress_callback callback);
/// glibc's mallopt(M_MMAP_THRESHOLD, bytes) (allocations of this size and more get their own
/// mapping); 1 on success, 0 where there is no such setting.
int gwx_set_mmap_threshold(int bytes);
/// glibc's mallopt(M_TRIM_THRESHOLD, bytes) (free memory at the top of the main thread's heap
/// over this size is given back to the system); 1 on success, 0 where there is no such setting.
int gwx_set_trim_threshold(int bytes);
#endif
