#include "gwx_shims.h"
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

CURLcode gwx_curl_setopt_long(CURL *handle, CURLoption option, long value) { return curl_easy_setopt(handle, option, value); }
CURLcode gwx_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) { return curl_easy_setopt(handle, option, value); }
CURLcode gwx_curl_setopt_string(CURL *handle, CURLoption option, const char *value) { return curl_easy_setopt(handle, option, value); }
CURLcode gwx_curl_setopt_off(CURL *handle, CURLoption option, curl_off_t value) { return curl_easy_setopt(handle, option, value); }
CURLcode gwx_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) { return curl_easy_getinfo(handle, info, value); }
CURLcode gwx_curl_getinfo_double(CURL *handle, CURLINFO info, double *value) { return curl_easy_getinfo(handle, info, value); }
CURLcode gwx_curl_setopt_write_function(CURL *handle, gwx_curl_data_callback callback) { return curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, callback); }
CURLcode gwx_curl_setopt_header_function(CURL *handle, gwx_curl_data_callback callback) { return curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, callback); }
CURLcode gwx_curl_setopt_xferinfo_function(CURL *handle, gwx_curl_progress_callback callback) { return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback); }
