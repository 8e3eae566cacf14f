#include "gwx_shims.h"

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

CURLcode gwx_curl_setopt_long(CURL *handle, CURLoption option, long value) { return curl_easy_setopt(handle, option, value); }
CURLcode gwx_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) { return curl_easy_setopt(handle, option, value); }
CURLcode gwx_curl_setopt_string(CURL *handle, CURLoption option, const char *value) { return curl_easy_setopt(handle, option, value); }
CURLcode gwx_curl_setopt_off(CURL *handle, CURLoption option, curl_off_t value) { return curl_easy_setopt(handle, option, value); }
CURLcode gwx_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) { return curl_easy_getinfo(handle, info, value); }
CURLcode gwx_curl_getinfo_double(CURL *handle, CURLINFO info, double *value) { return curl_easy_getinfo(handle, info, value); }
CURLcode gwx_curl_setopt_write_function(CURL *handle, gwx_curl_data_callback callback) { return curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, callback); }
CURLcode gwx_curl_setopt_header_function(CURL *handle, gwx_curl_data_callback callback) { return curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, callback); }
CURLcode gwx_curl_setopt_xferinfo_function(CURL *handle, gwx_curl_progress_callback callback) { return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback); }
