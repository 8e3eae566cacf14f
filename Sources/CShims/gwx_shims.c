#include "gwx_shims.h"
#include <dlfcn.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

void gwx_window_size(WINDOW *window, int *rows, int *columns) {
    int r = 0, c = 0;
    if (window) { getmaxyx(window, r, c); }
    *rows = r; *columns = c;
}
int gwx_color_pair(int pair) { return (int)COLOR_PAIR(pair); }
unsigned int gwx_attr_bold(void) { return (unsigned int)A_BOLD; }
unsigned int gwx_attr_underline(void) { return (unsigned int)A_UNDERLINE; }
unsigned int gwx_attr_reverse(void) { return (unsigned int)A_REVERSE; }
unsigned int gwx_attr_dim(void) { return (unsigned int)A_DIM; }
int gwx_key_resize(void) { return KEY_RESIZE; }
int gwx_key_mouse(void) { return KEY_MOUSE; }
int gwx_colors(void) { return COLORS; }
int gwx_add_wide(WINDOW *window, int row, int column, const wchar_t *text, unsigned int attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, (attr_t)attributes, pair, NULL) != OK) { return ERR; }
    return mvwadd_wch(window, row, column, &cell);
}

SCREEN *gwx_newterm(void) { return newterm(NULL, stdout, stdin); }
WINDOW *gwx_stdscr(void) { return stdscr; }
int gwx_color_pairs(void) { return COLOR_PAIRS; }
void gwx_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(180);
}
int gwx_read_mouse(int *row, int *column, int *kind) {
    MEVENT event;
    if (getmouse(&event) != OK) { return ERR; }
    *row = event.y; *column = event.x;
    if (event.bstate & BUTTON1_DOUBLE_CLICKED) { *kind = 2; }
    else if (event.bstate & BUTTON1_CLICKED) { *kind = 1; }
    else if (event.bstate & BUTTON4_PRESSED) { *kind = 3; }
#ifdef BUTTON5_PRESSED
    else if (event.bstate & BUTTON5_PRESSED) { *kind = 4; }
#endif
    else { *kind = 0; }
    return OK;
}
static void gwx_restore_and_die(int signal_number) {
    // Bracketed paste off again, or the shell gets pastes wrapped in ESC[200~ … ESC[201~.
    static const char paste_off[] = "\033[?2004l";
    ssize_t ignored = write(STDOUT_FILENO, paste_off, sizeof(paste_off) - 1);
    (void)ignored;
    if (!isendwin()) { endwin(); }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}
void gwx_install_restore_handlers(void) {
    int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        struct sigaction action;
        action.sa_handler = gwx_restore_and_die;
        sigemptyset(&action.sa_mask);
        action.sa_flags = 0;
        sigaction(signals[i], &action, NULL);
    }
}
void gwx_write_stdout(const char *bytes, size_t length) {
    fflush(stdout);
    size_t written = 0;
    while (written < length) {
        ssize_t n = write(STDOUT_FILENO, bytes + written, length - written);
        if (n <= 0) { break; }
        written += (size_t)n;
    }
}
int gwx_key_f(int n) { return KEY_F(n); }

// MARK: libcrypto through dlopen (see gwx_shims.h)
// The three calls gwx needs, declared here so no OpenSSL header is needed: EVP_sha256,
// EVP_Digest and the one-shot HMAC, all in OpenSSL 1.1 and 3.
typedef const void *(*gwx_evp_md_function)(void);
static struct {
    gwx_evp_md_function sha256;
    gwx_evp_md_function sha1;
    int (*digest)(const void *data, size_t count, unsigned char *md, unsigned int *size, const void *type, void *engine);
    unsigned char *(*hmac)(const void *md, const void *key, int key_length, const unsigned char *data, size_t count,
                           unsigned char *out, unsigned int *out_length);
} gwx_crypto;
static int gwx_crypto_loaded = 0;
static char gwx_crypto_error[512] = "libcrypto was not loaded";
static pthread_once_t gwx_crypto_once = PTHREAD_ONCE_INIT;

static void gwx_crypto_load_once(void) {
    const char *names[] = { "libcrypto.so.3", "libcrypto.so.1.1" };
    void *library = NULL;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]) && !library; i++) {
        library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (!library && i == 0) {
            const char *reason = dlerror();
            snprintf(gwx_crypto_error, sizeof gwx_crypto_error, "%s", reason ? reason : "libcrypto.so.3: cannot be loaded");
        }
    }
    if (!library) { return; }
    *(void **)&gwx_crypto.sha256 = dlsym(library, "EVP_sha256");
    *(void **)&gwx_crypto.sha1 = dlsym(library, "EVP_sha1");
    *(void **)&gwx_crypto.digest = dlsym(library, "EVP_Digest");
    *(void **)&gwx_crypto.hmac = dlsym(library, "HMAC");
    if (!gwx_crypto.sha256 || !gwx_crypto.sha1 || !gwx_crypto.digest || !gwx_crypto.hmac) {
        snprintf(gwx_crypto_error, sizeof gwx_crypto_error, "libcrypto lacks EVP_sha256, EVP_sha1, EVP_Digest or HMAC (OpenSSL 1.1 or later is needed)");
        return;
    }
    gwx_crypto_loaded = 1;
}

const char *gwx_crypto_load(void) {
    pthread_once(&gwx_crypto_once, gwx_crypto_load_once);
    return gwx_crypto_loaded ? NULL : gwx_crypto_error;
}

int gwx_crypto_sha256(const unsigned char *data, size_t length, unsigned char *digest) {
    if (gwx_crypto_load()) { return -1; }
    unsigned int size = 0;
    static const unsigned char empty = 0;
    if (gwx_crypto.digest(length ? (const void *)data : (const void *)&empty, length, digest, &size, gwx_crypto.sha256(), NULL) != 1 || size != 32) { return -1; }
    return 0;
}

int gwx_crypto_sha1(const unsigned char *data, size_t length, unsigned char *digest) {
    if (gwx_crypto_load()) { return -1; }
    unsigned int size = 0;
    static const unsigned char empty = 0;
    if (gwx_crypto.digest(length ? (const void *)data : (const void *)&empty, length, digest, &size, gwx_crypto.sha1(), NULL) != 1 || size != 20) { return -1; }
    return 0;
}

int gwx_crypto_hmac_sha256(const unsigned char *key, size_t key_length, const unsigned char *data, size_t length, unsigned char *digest) {
    if (gwx_crypto_load() || key_length > 0x7fffffff) { return -1; }
    unsigned int size = 0;
    static const unsigned char empty = 0;
    if (!gwx_crypto.hmac(gwx_crypto.sha256(), key_length ? (const void *)key : (const void *)&empty, (int)key_length,
                         length ? data : &empty, length, digest, &size) || size != 32) { return -1; }
    return 0;
}

// MARK: curl through dlopen (see gwx_shims.h)
static struct {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *handle);
    void (*easy_reset)(CURL *handle);
    CURLcode (*easy_perform)(CURL *handle);
    const char *(*easy_strerror)(CURLcode code);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *string);
    void (*slist_free_all)(struct curl_slist *list);
} gwx_curl;
static int gwx_curl_loaded = 0;
static char gwx_curl_error[512] = "libcurl was not loaded";
static pthread_once_t gwx_curl_once = PTHREAD_ONCE_INIT;

static void *gwx_curl_symbol(void *library, const char *name, int *missing) {
    void *symbol = dlsym(library, name);
    if (!symbol && !*missing) {
        *missing = 1;
        snprintf(gwx_curl_error, sizeof gwx_curl_error, "libcurl has no %s (libcurl 7.32 or later is needed)", name);
    }
    return symbol;
}

static void gwx_curl_load_once(void) {
    // The OpenSSL build first (Debian libcurl4), then the GnuTLS one (libcurl3-gnutls): same API.
    const char *names[] = { "libcurl.so.4", "libcurl-gnutls.so.4" };
    void *library = NULL;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]) && !library; i++) {
        library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (!library && i == 0) {
            const char *reason = dlerror();
            snprintf(gwx_curl_error, sizeof gwx_curl_error, "%s", reason ? reason : "libcurl.so.4: cannot be loaded");
        }
    }
    if (!library) { return; }
    int missing = 0;
    *(void **)&gwx_curl.global_init = gwx_curl_symbol(library, "curl_global_init", &missing);
    *(void **)&gwx_curl.easy_init = gwx_curl_symbol(library, "curl_easy_init", &missing);
    *(void **)&gwx_curl.easy_cleanup = gwx_curl_symbol(library, "curl_easy_cleanup", &missing);
    *(void **)&gwx_curl.easy_reset = gwx_curl_symbol(library, "curl_easy_reset", &missing);
    *(void **)&gwx_curl.easy_perform = gwx_curl_symbol(library, "curl_easy_perform", &missing);
    *(void **)&gwx_curl.easy_strerror = gwx_curl_symbol(library, "curl_easy_strerror", &missing);
    *(void **)&gwx_curl.easy_setopt = gwx_curl_symbol(library, "curl_easy_setopt", &missing);
    *(void **)&gwx_curl.easy_getinfo = gwx_curl_symbol(library, "curl_easy_getinfo", &missing);
    *(void **)&gwx_curl.slist_append = gwx_curl_symbol(library, "curl_slist_append", &missing);
    *(void **)&gwx_curl.slist_free_all = gwx_curl_symbol(library, "curl_slist_free_all", &missing);
    if (missing) { return; }
    CURLcode code = gwx_curl.global_init(CURL_GLOBAL_DEFAULT);
    if (code != CURLE_OK) {
        snprintf(gwx_curl_error, sizeof gwx_curl_error, "curl_global_init failed: %s", gwx_curl.easy_strerror(code));
        return;
    }
    gwx_curl_loaded = 1;
}

const char *gwx_curl_load(void) {
    pthread_once(&gwx_curl_once, gwx_curl_load_once);
    return gwx_curl_loaded ? NULL : gwx_curl_error;
}

CURL *gwx_curl_easy_init(void) { return gwx_curl_load() ? NULL : gwx_curl.easy_init(); }
void gwx_curl_easy_cleanup(CURL *handle) { if (!gwx_curl_load()) { gwx_curl.easy_cleanup(handle); } }
void gwx_curl_easy_reset(CURL *handle) { if (!gwx_curl_load()) { gwx_curl.easy_reset(handle); } }
CURLcode gwx_curl_easy_perform(CURL *handle) { return gwx_curl_load() ? CURLE_FAILED_INIT : gwx_curl.easy_perform(handle); }
const char *gwx_curl_easy_strerror(CURLcode code) { return gwx_curl_load() ? gwx_curl_error : gwx_curl.easy_strerror(code); }
struct curl_slist *gwx_curl_slist_append(struct curl_slist *list, const char *string) {
    return gwx_curl_load() ? NULL : gwx_curl.slist_append(list, string);
}
void gwx_curl_slist_free_all(struct curl_slist *list) { if (!gwx_curl_load()) { gwx_curl.slist_free_all(list); } }
#define GWX_CURL_SETOPT(handle, option, value) (gwx_curl_load() ? CURLE_FAILED_INIT : gwx_curl.easy_setopt(handle, option, value))
#define GWX_CURL_GETINFO(handle, info, value) (gwx_curl_load() ? CURLE_FAILED_INIT : gwx_curl.easy_getinfo(handle, info, value))
CURLcode gwx_curl_setopt_long(CURL *handle, CURLoption option, long value) { return GWX_CURL_SETOPT(handle, option, value); }
CURLcode gwx_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) { return GWX_CURL_SETOPT(handle, option, value); }
CURLcode gwx_curl_setopt_string(CURL *handle, CURLoption option, const char *value) { return GWX_CURL_SETOPT(handle, option, value); }
CURLcode gwx_curl_setopt_off(CURL *handle, CURLoption option, curl_off_t value) { return GWX_CURL_SETOPT(handle, option, value); }
CURLcode gwx_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) { return GWX_CURL_GETINFO(handle, info, value); }
CURLcode gwx_curl_getinfo_double(CURL *handle, CURLINFO info, double *value) { return GWX_CURL_GETINFO(handle, info, value); }
CURLcode gwx_curl_setopt_write_function(CURL *handle, gwx_curl_data_callback callback) { return GWX_CURL_SETOPT(handle, CURLOPT_WRITEFUNCTION, callback); }
CURLcode gwx_curl_setopt_header_function(CURL *handle, gwx_curl_data_callback callback) { return GWX_CURL_SETOPT(handle, CURLOPT_HEADERFUNCTION, callback); }
CURLcode gwx_curl_setopt_xferinfo_function(CURL *handle, gwx_curl_progress_callback callback) { return GWX_CURL_SETOPT(handle, CURLOPT_XFERINFOFUNCTION, callback); }

int gwx_set_mmap_threshold(int bytes) {
#if defined(__GLIBC__)
    return mallopt(M_MMAP_THRESHOLD, bytes);
#else
    (void)bytes;
    return 0;
#endif
}

int gwx_set_trim_threshold(int bytes) {
#if defined(__GLIBC__)
    return mallopt(M_TRIM_THRESHOLD, bytes);
#else
    (void)bytes;
    return 0;
#endif
}
