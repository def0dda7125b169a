#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1316:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const Utils = __nccwpck_require__(5391);
const pth = __nccwpck_require__(6928);
const ZipEntry = __nccwpck_require__(2609);
const ZipFile = __nccwpck_require__(6991);

const get_Bool = (...val) => Utils.findLast(val, (c) => typeof c === "boolean");
const get_Str = (...val) => Utils.findLast(val, (c) => typeof c === "string");
const get_Fun = (...val) => Utils.findLast(val, (c) => typeof c === "function");

const defaultOptions = {
    // option "noSort" : if true it disables files sorting
    noSort: false,
    // read entries during load (initial loading may be slower)
    readEntries: false,
    // default method is none
    method: Utils.Constants.NONE,
    // file system
    fs: null
};

module.exports = function (/**String*/ input, /** object */ options) {
    let inBuffer = null;

    // create object based default options, allowing them to be overwritten
    const opts = Object.assign(Object.create(null), defaultOptions);

    // test input variable
    if (input && "object" === typeof input) {
        // if value is not buffer we accept it to be object with options
        if (!(input instanceof Uint8Array)) {
            Object.assign(opts, input);
            input = opts.input ? opts.input : undefined;
            if (opts.input) delete opts.input;
        }

        // if input is buffer
        if (Buffer.isBuffer(input)) {
            inBuffer = input;
            opts.method = Utils.Constants.BUFFER;
            input = undefined;
        }
    }

    // assign options
    Object.assign(opts, options);

    // instanciate utils filesystem
    const filetools = new Utils(opts);

    // Restore the archived permissions on extracted directories. This has to run
    // after a directory's contents are written: applying a restrictive mode
    // (e.g. 0o500) up front would stop us writing the files it contains. Applying
    // the deepest paths first keeps parent directories traversable while their
    // children are updated (issue #530).
    const applyDirAttributes = (dirEntries) => {
        dirEntries
            .filter((d) => d.attr)
            .sort((a, b) => b.path.length - a.path.length)
            .forEach((d) => filetools.fs.chmodSync(d.path, d.attr));
    };

    if (typeof opts.decoder !== "object" || typeof opts.decoder.encode !== "function" || typeof opts.decoder.decode !== "function") {
        opts.decoder = Utils.decoder;
    }

    // if input is file name we retrieve its content
    if (input && "string" === typeof input) {
        // load zip file
        if (filetools.fs.existsSync(input)) {
            opts.method = Utils.Constants.FILE;
            opts.filename = input;
            inBuffer = filetools.fs.readFileSync(input);
        } else {
            throw Utils.Errors.INVALID_FILENAME();
        }
    }

    // create variable
    const _zip = new ZipFile(inBuffer, opts);

    const { canonical, sanitize, zipnamefix } = Utils;

    function getEntry(/**Object*/ entry) {
        if (entry && _zip) {
            var item;
            // If entry was given as a file name
            if (typeof entry === "string") item = _zip.getEntry(pth.posix.normalize(entry));
            // if entry was given as a ZipEntry object
            if (typeof entry === "object" && typeof entry.entryName !== "undefined" && typeof entry.header !== "undefined") item = _zip.getEntry(entry.entryName);

            if (item) {
                return item;
            }
        }
        return null;
    }

    function fixPath(zipPath) {
        const { join, normalize, sep } = pth.posix;
        // convert windows file separators and normalize
        return join(pth.isAbsolute(zipPath) ? "/": '.',  normalize(sep + zipPath.split("\\").join(sep) + sep));
    }

    function filenameFilter(filterfn) {
        if (filterfn instanceof RegExp) {
            // if filter is RegExp wrap it
            return (function (rx) {
                return function (filename) {
                    return rx.test(filename);
                };
            })(filterfn);
        } else if ("function" !== typeof filterfn) {
            // if filter is not function we will replace it
            return () => true;
        }
        return filterfn;
    }

    // keep last character on folders
    const relativePath = (local, entry) => {
        let lastChar = entry.slice(-1);
        lastChar = lastChar === filetools.sep ? filetools.sep : "";
        return pth.relative(local, entry) + lastChar;
    };

    return {
        /**
         * Extracts the given entry from the archive and returns the content as a Buffer object
         * @param {ZipEntry|string} entry ZipEntry object or String with the full path of the entry
         * @param {Buffer|string} [pass] - password
         * @return Buffer or Null in case of error
         */
        readFile: function (entry, pass) {
            var item = getEntry(entry);
            return (item && item.getData(pass)) || null;
        },

        /**
         * Returns how many child elements has on entry (directories) on files it is always 0
         * @param {ZipEntry|string} entry ZipEntry object or String with the full path of the entry
         * @returns {integer}
         */
        childCount: function (entry) {
            const item = getEntry(entry);
            if (item) {
                return _zip.getChildCount(item);
            }
        },

        /**
         * Asynchronous readFile
         * @param {ZipEntry|string} entry ZipEntry object or String with the full path of the entry
         * @param {callback} callback
         *
         * @return Buffer or Null in case of error
         */
        readFileAsync: function (entry, callback) {
            var item = getEntry(entry);
            if (item) {
                item.getDataAsync(callback);
            } else {
                callback(null, "getEntry failed for:" + entry);
            }
        },

        /**
         * Extracts the given entry from the archive and returns the content as plain text in the given encoding
         * @param {ZipEntry|string} entry - ZipEntry object or String with the full path of the entry
         * @param {string} encoding - Optional. If no encoding is specified utf8 is used
         *
         * @return String
         */
        readAsText: function (entry, encoding) {
            var item = getEntry(entry);
            if (item) {
                var data = item.getData();
                if (data && data.length) {
                    return data.toString(encoding || "utf8");
                }
            }
            return "";
        },

        /**
         * Asynchronous readAsText
         * @param {ZipEntry|string} entry ZipEntry object or String with the full path of the entry
         * @param {callback} callback
         * @param {string} [encoding] - Optional. If no encoding is specified utf8 is used
         *
         * @return String
         */
        readAsTextAsync: function (entry, callback, encoding) {
            var item = getEntry(entry);
            if (item) {
                item.getDataAsync(function (data, err) {
                    if (err) {
                        callback(data, err);
                        return;
                    }

                    if (data && data.length) {
                        callback(data.toString(encoding || "utf8"));
                    } else {
                        callback("");
                    }
                });
            } else {
                callback("");
            }
        },

        /**
         * Remove the entry from the file or the entry and all it's nested directories and files if the given entry is a directory
         *
         * @param {ZipEntry|string} entry
         * @param {boolean} withsubfolders
         * @returns {void}
         */
        deleteFile: function (entry, withsubfolders = true) {
            // @TODO: test deleteFile
            var item = getEntry(entry);
            if (item) {
                _zip.deleteFile(item.entryName, withsubfolders);
            }
        },

        /**
         * Remove the entry from the file or directory without affecting any nested entries
         *
         * @param {ZipEntry|string} entry
         * @returns {void}
         */
        deleteEntry: function (entry) {
            // @TODO: test deleteEntry
            var item = getEntry(entry);
            if (item) {
                _zip.deleteEntry(item.entryName);
            }
        },

        /**
         * Adds a comment to the zip. The zip must be rewritten after adding the comment.
         *
         * @param {string} comment
         */
        addZipComment: function (comment) {
            // @TODO: test addZipComment
            _zip.comment = comment;
        },

        /**
         * Returns the zip comment
         *
         * @return String
         */
        getZipComment: function () {
            return _zip.comment || "";
        },

        /**
         * Adds a comment to a specified zipEntry. The zip must be rewritten after adding the comment
         * The comment cannot exceed 65535 characters in length
         *
         * @param {ZipEntry} entry
         * @param {string} comment
         */
        addZipEntryComment: function (entry, comment) {
            var item = getEntry(entry);
            if (item) {
                item.comment = comment;
            }
        },

        /**
         * Returns the comment of the specified entry
         *
         * @param {ZipEntry} entry
         * @return String
         */
        getZipEntryComment: function (entry) {
            var item = getEntry(entry);
            if (item) {
                return item.comment || "";
            }
            return "";
        },

        /**
         * Updates the content of an existing entry inside the archive. The zip must be rewritten after updating the content
         *
         * @param {ZipEntry} entry
         * @param {Buffer} content
         */
        updateFile: function (entry, content) {
            var item = getEntry(entry);
            if (item) {
                item.setData(content);
            }
        },

        /**
         * Adds a file from the disk to the archive
         *
         * @param {string} localPath File to add to zip
         * @param {string} [zipPath] Optional path inside the zip
         * @param {string} [zipName] Optional name for the file
         * @param {string} [comment] Optional file comment
         */
        addLocalFile: function (localPath, zipPath, zipName, comment) {
            if (filetools.fs.existsSync(localPath)) {
                // fix ZipPath
                zipPath = zipPath ? fixPath(zipPath) : "";

                // p - local file name
                const p = pth.win32.basename(pth.win32.normalize(localPath));

                // add file name into zippath
                zipPath += zipName ? zipName : p;

                // read file attributes
                const _attr = filetools.fs.statSync(localPath);

                // get file content
                const data = _attr.isFile() ? filetools.fs.readFileSync(localPath) : Buffer.alloc(0);

                // if folder
                if (_attr.isDirectory()) zipPath += filetools.sep;

                // add file into zip file
                this.addFile(zipPath, data, comment, _attr);
            } else {
                throw Utils.Errors.FILE_NOT_FOUND(localPath);
            }
        },

        /**
         * Callback for showing if everything was done.
         *
         * @callback doneCallback
         * @param {Error} err - Error object
         * @param {boolean} done - was request fully completed
         */

        /**
         * Adds a file from the disk to the archive
         *
         * @param {(object|string)} options - options object, if it is string it us used as localPath.
         * @param {string} options.localPath - Local path to the file.
         * @param {string} [options.comment] - Optional file comment.
         * @param {string} [options.zipPath] - Optional path inside the zip
         * @param {string} [options.zipName] - Optional name for the file
         * @param {doneCallback} callback - The callback that handles the response.
         */
        addLocalFileAsync: function (options, callback) {
            options = typeof options === "object" ? options : { localPath: options };
            const localPath = pth.resolve(options.localPath);
            const { comment } = options;
            let { zipPath, zipName } = options;
            const self = this;

            filetools.fs.stat(localPath, function (err, stats) {
                if (err) return callback(err, false);
                // fix ZipPath
                zipPath = zipPath ? fixPath(zipPath) : "";
                // p - local file name
                const p = pth.win32.basename(pth.win32.normalize(localPath));
                // add file name into zippath
                zipPath += zipName ? zipName : p;

                if (stats.isFile()) {
                    filetools.fs.readFile(localPath, function (err, data) {
                        if (err) return callback(err, false);
                        self.addFile(zipPath, data, comment, stats);
                        return setImmediate(callback, undefined, true);
                    });
                } else if (stats.isDirectory()) {
                    zipPath += filetools.sep;
                    self.addFile(zipPath, Buffer.alloc(0), comment, stats);
                    return setImmediate(callback, undefined, true);
                }
            });
        },

        /**
         * Adds a local directory and all its nested files and directories to the archive
         *
         * @param {string} localPath - local path to the folder
         * @param {string} [zipPath] - optional path inside zip
         * @param {(RegExp|function)} [filter] - optional RegExp or Function if files match will be included.
         */
        addLocalFolder: function (localPath, zipPath, filter) {
            // Prepare filter
            filter = filenameFilter(filter);

            // fix ZipPath
            zipPath = zipPath ? fixPath(zipPath) : "";

            // normalize the path first
            localPath = pth.normalize(localPath);

            if (filetools.fs.existsSync(localPath)) {
                const items = filetools.findFiles(localPath);
                const self = this;

                if (items.length) {
                    for (const filepath of items) {
                        const p = pth.join(zipPath, relativePath(localPath, filepath));
                        if (filter(p)) {
                            self.addLocalFile(filepath, pth.dirname(p));
                        }
                    }
                }
            } else {
                throw Utils.Errors.FILE_NOT_FOUND(localPath);
            }
        },

        /**
         * Asynchronous addLocalFolder
         * @param {string} localPath
         * @param {callback} callback
         * @param {string} [zipPath] optional path inside zip
         * @param {RegExp|function} [filter] optional RegExp or Function if files match will
         *               be included.
         */
        addLocalFolderAsync: function (localPath, callback, zipPath, filter) {
            // Prepare filter
            filter = filenameFilter(filter);

            // fix ZipPath
            zipPath = zipPath ? fixPath(zipPath) : "";

            // normalize the path first
            localPath = pth.normalize(localPath);

            var self = this;
            filetools.fs.open(localPath, "r", function (err) {
                if (err && err.code === "ENOENT") {
                    callback(undefined, Utils.Errors.FILE_NOT_FOUND(localPath));
                } else if (err) {
                    callback(undefined, err);
                } else {
                    var items = filetools.findFiles(localPath);
                    var i = -1;

                    var next = function () {
                        i += 1;
                        if (i < items.length) {
                            var filepath = items[i];
                            var p = relativePath(localPath, filepath).split("\\").join("/"); //windows fix
                            p = p
                                .normalize("NFD")
                                .replace(/[\u0300-\u036f]/g, "")
                                .replace(/[^\x20-\x7E]/g, ""); // accent fix
                            if (filter(p)) {
                                filetools.fs.stat(filepath, function (er0, stats) {
                                    if (er0) callback(undefined, er0);
                                    if (stats.isFile()) {
                                        filetools.fs.readFile(filepath, function (er1, data) {
                                            if (er1) {
                                                callback(undefined, er1);
                                            } else {
                                                self.addFile(zipPath + p, data, "", stats);
                                                next();
                                            }
                                        });
                                    } else {
                                        self.addFile(zipPath + p + "/", Buffer.alloc(0), "", stats);
                                        next();
                                    }
                                });
                            } else {
                                process.nextTick(() => {
                                    next();
                                });
                            }
                        } else {
                            callback(true, undefined);
                        }
                    };

                    next();
                }
            });
        },

        /**
         * Adds a local directory and all its nested files and directories to the archive
         *
         * @param {object | string} options - options object, if it is string it us used as localPath.
         * @param {string} options.localPath - Local path to the folder.
         * @param {string} [options.zipPath] - optional path inside zip.
         * @param {RegExp|function} [options.filter] - optional RegExp or Function if files match will be included.
         * @param {function|string} [options.namefix] - optional function to help fix filename
         * @param {doneCallback} callback - The callback that handles the response.
         *
         */
        addLocalFolderAsync2: function (options, callback) {
            const self = this;
            options = typeof options === "object" ? options : { localPath: options };
            // Resolve the local filesystem path with the platform resolver. Do NOT
            // run it through fixPath: that normalizes ZIP-internal paths to POSIX
            // and prepends "/", which turns a Windows path like C:\dir into
            // \C:\dir, so readdir finds nothing and the archive comes out empty.
            const localPath = pth.resolve(options.localPath);
            let { zipPath, filter, namefix } = options;

            if (filter instanceof RegExp) {
                filter = (function (rx) {
                    return function (filename) {
                        return rx.test(filename);
                    };
                })(filter);
            } else if ("function" !== typeof filter) {
                filter = function () {
                    return true;
                };
            }

            // fix ZipPath
            zipPath = zipPath ? fixPath(zipPath) : "";

            // Check Namefix function
            if (namefix === "latin1") {
                namefix = (str) =>
                    str
                        .normalize("NFD")
                        .replace(/[\u0300-\u036f]/g, "")
                        .replace(/[^\x20-\x7E]/g, ""); // accent fix (latin1 characers only)
            }

            if (typeof namefix !== "function") namefix = (str) => str;

            // internal, create relative path + fix the name
            const relPathFix = (entry) => pth.join(zipPath, namefix(relativePath(localPath, entry)));
            const fileNameFix = (entry) => pth.win32.basename(pth.win32.normalize(namefix(entry)));

            filetools.fs.open(localPath, "r", function (err) {
                if (err && err.code === "ENOENT") {
                    // callback is (err, done); errors belong in the first argument,
                    // otherwise addLocalFolderPromise treats the error as "done" and
                    // resolves instead of rejecting.
                    callback(Utils.Errors.FILE_NOT_FOUND(localPath), false);
                } else if (err) {
                    callback(err, false);
                } else {
                    filetools.findFilesAsync(localPath, function (err, fileEntries) {
                        if (err) return callback(err, false);
                        fileEntries = fileEntries.filter((dir) => filter(relPathFix(dir)));
                        // Nothing to add (empty folder or everything filtered out) is a
                        // success, not an error. Report done and stop, otherwise the
                        // reduce below runs and the callback fires a second time -- and
                        // signalling done=false left addLocalFolderPromise hanging.
                        if (!fileEntries.length) return callback(undefined, true);

                        setImmediate(
                            fileEntries.reverse().reduce(function (next, entry) {
                                return function (err, done) {
                                    if (err || done === false) return setImmediate(next, err, false);

                                    self.addLocalFileAsync(
                                        {
                                            localPath: entry,
                                            zipPath: pth.dirname(relPathFix(entry)),
                                            zipName: fileNameFix(entry)
                                        },
                                        next
                                    );
                                };
                            }, callback)
                        );
                    });
                }
            });
        },

        /**
         * Adds a local directory and all its nested files and directories to the archive
         *
         * @param {string} localPath - path where files will be extracted
         * @param {object} props - optional properties
         * @param {string} [props.zipPath] - optional path inside zip
         * @param {RegExp|function} [props.filter] - optional RegExp or Function if files match will be included.
         * @param {function|string} [props.namefix] - optional function to help fix filename
         */
        addLocalFolderPromise: function (localPath, props) {
            return new Promise((resolve, reject) => {
                this.addLocalFolderAsync2(Object.assign({ localPath }, props), (err, done) => {
                    if (err) return reject(err);
                    if (done) resolve(this);
                });
            });
        },

        /**
         * Allows you to create a entry (file or directory) in the zip file.
         * If you want to create a directory the entryName must end in / and a null buffer should be provided.
         * Comment and attributes are optional
         *
         * @param {string} entryName
         * @param {Buffer | string} content - file content as buffer or utf8 coded string
         * @param {string} [comment] - file comment
         * @param {number | object} [attr] - number as unix file permissions, object as filesystem Stats object
         */
        addFile: function (entryName, content, comment, attr) {
            entryName = zipnamefix(entryName);
            let entry = getEntry(entryName);
            const update = entry != null;

            // prepare new entry
            if (!update) {
                entry = new ZipEntry(opts);
                entry.entryName = entryName;
            }
            entry.comment = comment || "";

            const isStat = "object" === typeof attr && attr instanceof filetools.fs.Stats;

            // last modification time from file stats
            if (isStat) {
                entry.header.time = attr.mtime;
            }

            // Set file attribute
            var fileattr = entry.isDirectory ? 0x10 : 0; // (MS-DOS directory flag)

            // extended attributes field for Unix
            // set file type either S_IFDIR / S_IFREG
            let unix = entry.isDirectory ? 0x4000 : 0x8000;

            if (isStat) {
                // File attributes from file stats
                unix |= 0xfff & attr.mode;
            } else if ("number" === typeof attr) {
                // attr from given attr values
                unix |= 0xfff & attr;
            } else {
                // Default values:
                unix |= entry.isDirectory ? 0o755 : 0o644; // permissions (drwxr-xr-x) or (-r-wr--r--)
            }

            fileattr = (fileattr | (unix << 16)) >>> 0; // add attributes

            entry.attr = fileattr;

            entry.setData(content);
            if (!update) _zip.setEntry(entry);

            return entry;
        },

        /**
         * Returns an array of ZipEntry objects representing the files and folders inside the archive
         *
         * @param {string} [password]
         * @returns Array
         */
        getEntries: function (password) {
            _zip.password = password;
            return _zip ? _zip.entries : [];
        },

        /**
         * Returns a ZipEntry object representing the file or folder specified by ``name``.
         *
         * @param {string} name
         * @return ZipEntry
         */
        getEntry: function (/**String*/ name) {
            return getEntry(name);
        },

        getEntryCount: function () {
            return _zip.getEntryCount();
        },

        forEach: function (callback) {
            return _zip.forEach(callback);
        },

        /**
         * Extracts the given entry to the given targetPath
         * If the entry is a directory inside the archive, the entire directory and it's subdirectories will be extracted
         *
         * @param {string|ZipEntry} entry - ZipEntry object or String with the full path of the entry
         * @param {string} targetPath - Target folder where to write the file
         * @param {boolean} [maintainEntryPath=true] - If maintainEntryPath is true and the entry is inside a folder, the entry folder will be created in targetPath as well. Default is TRUE
         * @param {boolean} [overwrite=false] - If the file already exists at the target path, the file will be overwriten if this is true.
         * @param {boolean} [keepOriginalPermission=false] - The file will be set as the permission from the entry if this is true.
         * @param {string} [outFileName] - String If set will override the filename of the extracted file (Only works if the entry is a file)
         *
         * @return Boolean
         */
        extractEntryTo: function (entry, targetPath, maintainEntryPath, overwrite, keepOriginalPermission, outFileName) {
            overwrite = get_Bool(false, overwrite);
            keepOriginalPermission = get_Bool(false, keepOriginalPermission);
            maintainEntryPath = get_Bool(true, maintainEntryPath);
            outFileName = get_Str(keepOriginalPermission, outFileName);

            var item = getEntry(entry);
            if (!item) {
                throw Utils.Errors.NO_ENTRY();
            }

            var entryName = canonical(item.entryName);

            var target = sanitize(targetPath, outFileName && !item.isDirectory ? canonical(outFileName) : maintainEntryPath ? entryName : pth.basename(entryName));

            if (item.isDirectory) {
                var children = _zip.getEntryChildren(item);
                children.forEach(function (child) {
                    if (child.isDirectory) return;
                    var content = child.getData();
                    if (!content) {
                        throw Utils.Errors.CANT_EXTRACT_FILE();
                    }
                    // When not maintaining the full entry path, keep each child's path
                    // relative to the extracted directory (drop the directory's own
                    // prefix) instead of flattening every file to its basename, which
                    // collapsed subdirectories together (issue #306).
                    var name = canonical(maintainEntryPath ? child.entryName : child.entryName.substring(item.entryName.length));
                    var childName = sanitize(targetPath, name);
                    // reject writing through a pre-existing symlink inside the target
                    filetools.assertPathSafe(targetPath, childName);
                    // The reverse operation for attr depend on method addFile()
                    const fileAttr = keepOriginalPermission ? child.header.fileAttr : undefined;
                    filetools.writeFileTo(childName, content, overwrite, fileAttr);
                });
                return true;
            }

            var content = item.getData(_zip.password);
            if (!content) throw Utils.Errors.CANT_EXTRACT_FILE();

            // reject writing through a pre-existing symlink inside the target
            filetools.assertPathSafe(targetPath, target);

            if (filetools.fs.existsSync(target) && !overwrite) {
                throw Utils.Errors.CANT_OVERRIDE();
            }
            // The reverse operation for attr depend on method addFile()
            const fileAttr = keepOriginalPermission ? entry.header.fileAttr : undefined;
            filetools.writeFileTo(target, content, overwrite, fileAttr);

            return true;
        },

        /**
         * Test the archive
         * @param {string} [pass]
         */
        test: function (pass) {
            if (!_zip) {
                return false;
            }

            for (var entry of _zip.entries) {
                try {
                    if (entry.isDirectory) {
                        continue;
                    }
                    // was `_zip.entries[entry]` (indexing the array with an entry
                    // object -> undefined -> threw -> test() always returned false)
                    var content = entry.getData(pass);
                    if (!content) {
                        return false;
                    }
                } catch (err) {
                    return false;
                }
            }
            return true;
        },

        /**
         * Extracts the entire archive to the given location
         *
         * @param {string} targetPath Target location
         * @param {boolean} [overwrite=false] If the file already exists at the target path, the file will be overwriten if this is true.
         *                  Default is FALSE
         * @param {boolean} [keepOriginalPermission=false] The file will be set as the permission from the entry if this is true.
         *                  Default is FALSE
         * @param {string|Buffer} [pass] password
         */
        extractAllTo: function (targetPath, overwrite, keepOriginalPermission, pass) {
            keepOriginalPermission = get_Bool(false, keepOriginalPermission);
            pass = get_Str(keepOriginalPermission, pass);
            overwrite = get_Bool(false, overwrite);
            if (!_zip) throw Utils.Errors.NO_ZIP();

            const dirEntries = [];
            _zip.entries.forEach(function (entry) {
                var entryName = sanitize(targetPath, canonical(entry.entryName));
                // reject writing through a pre-existing symlink inside the target
                filetools.assertPathSafe(targetPath, entryName);
                if (entry.isDirectory) {
                    filetools.makeDir(entryName);
                    // defer restoring the directory permission until its files are written
                    if (keepOriginalPermission) dirEntries.push({ path: entryName, attr: entry.header.fileAttr });
                    return;
                }
                var content = entry.getData(pass);
                if (!content) {
                    throw Utils.Errors.CANT_EXTRACT_FILE();
                }
                // The reverse operation for attr depend on method addFile()
                const fileAttr = keepOriginalPermission ? entry.header.fileAttr : undefined;
                filetools.writeFileTo(entryName, content, overwrite, fileAttr);
                try {
                    // best-effort: an invalid date in the archive or a filesystem that
                    // rejects utimes must not fail extraction of already-written content (issue #379)
                    filetools.fs.utimesSync(entryName, entry.header.time, entry.header.time);
                } catch (err) {
                    /* ignore timestamp failures */
                }
            });

            applyDirAttributes(dirEntries);
        },

        /**
         * Asynchronous extractAllTo
         *
         * @param {string} targetPath Target location
         * @param {boolean} [overwrite=false] If the file already exists at the target path, the file will be overwriten if this is true.
         *                  Default is FALSE
         * @param {boolean} [keepOriginalPermission=false] The file will be set as the permission from the entry if this is true.
         *                  Default is FALSE
         * @param {function} callback The callback will be executed when all entries are extracted successfully or any error is thrown.
         */
        extractAllToAsync: function (targetPath, overwrite, keepOriginalPermission, callback) {
            callback = get_Fun(overwrite, keepOriginalPermission, callback);
            keepOriginalPermission = get_Bool(false, keepOriginalPermission);
            overwrite = get_Bool(false, overwrite);
            if (!callback) {
                return new Promise((resolve, reject) => {
                    this.extractAllToAsync(targetPath, overwrite, keepOriginalPermission, function (err) {
                        if (err) {
                            reject(err);
                        } else {
                            resolve(this);
                        }
                    });
                });
            }
            if (!_zip) {
                callback(Utils.Errors.NO_ZIP());
                return;
            }

            targetPath = pth.resolve(targetPath);
            // convert entryName to
            const getPath = (entry) => sanitize(targetPath, pth.normalize(canonical(entry.entryName)));
            const getError = (msg, file) => new Error(msg + ': "' + file + '"');

            // separate directories from files
            const dirEntries = [];
            const fileEntries = [];
            _zip.entries.forEach((e) => {
                if (e.isDirectory) {
                    dirEntries.push(e);
                } else {
                    fileEntries.push(e);
                }
            });

            // Create directory entries first synchronously
            // this prevents race condition and assures folders are there before writing files
            const deferredDirAttr = [];
            for (const entry of dirEntries) {
                const dirPath = getPath(entry);
                // The reverse operation for attr depend on method addFile()
                const dirAttr = keepOriginalPermission ? entry.header.fileAttr : undefined;
                try {
                    // reject writing through a pre-existing symlink inside the target
                    filetools.assertPathSafe(targetPath, dirPath);
                    filetools.makeDir(dirPath);
                } catch (er) {
                    callback(getError("Unable to create folder", dirPath));
                    continue;
                }
                // defer restoring the directory permission until its files are written:
                // a restrictive mode applied now would block writing them
                if (dirAttr) deferredDirAttr.push({ path: dirPath, attr: dirAttr });
                try {
                    // in unix timestamp will change if files are later added to folder, but still.
                    // best-effort: a utimes failure must not abort extraction (issue #379)
                    filetools.fs.utimesSync(dirPath, entry.header.time, entry.header.time);
                } catch (er) {
                    /* ignore timestamp failures */
                }
            }

            // restore directory permissions once every file has been extracted
            const done = (err) => {
                if (!err) {
                    try {
                        applyDirAttributes(deferredDirAttr);
                    } catch (er) {
                        return callback(getError("Unable to set folder permissions", er.path || ""));
                    }
                }
                callback(err);
            };

            fileEntries.reverse().reduce(function (next, entry) {
                return function (err) {
                    if (err) {
                        next(err);
                    } else {
                        const entryName = pth.normalize(canonical(entry.entryName));
                        const filePath = sanitize(targetPath, entryName);
                        try {
                            // reject writing through a pre-existing symlink inside the target
                            filetools.assertPathSafe(targetPath, filePath);
                        } catch (er) {
                            return next(er);
                        }
                        entry.getDataAsync(function (content, err_1) {
                            if (err_1) {
                                next(err_1);
                            } else if (!content) {
                                next(Utils.Errors.CANT_EXTRACT_FILE());
                            } else {
                                // The reverse operation for attr depend on method addFile()
                                const fileAttr = keepOriginalPermission ? entry.header.fileAttr : undefined;
                                filetools.writeFileToAsync(filePath, content, overwrite, fileAttr, function (succ) {
                                    if (!succ) {
                                        return next(getError("Unable to write file", filePath));
                                    }
                                    filetools.fs.utimes(filePath, entry.header.time, entry.header.time, function () {
                                        // best-effort: a utimes failure must not abort extraction
                                        // of already-written content (issue #379)
                                        next();
                                    });
                                });
                            }
                        });
                    }
                };
            }, done)();
        },

        /**
         * Writes the newly created zip file to disk at the specified location or if a zip was opened and no ``targetFileName`` is provided, it will overwrite the opened zip
         *
         * @param {string} targetFileName
         * @param {function} callback
         */
        writeZip: function (targetFileName, callback) {
            if (arguments.length === 1) {
                if (typeof targetFileName === "function") {
                    callback = targetFileName;
                    targetFileName = "";
                }
            }

            if (!targetFileName && opts.filename) {
                targetFileName = opts.filename;
            }
            if (!targetFileName) return;

            var zipData = _zip.compressToBuffer();
            if (zipData) {
                var ok = filetools.writeFileTo(targetFileName, zipData, true);
                if (typeof callback === "function") callback(!ok ? new Error("failed") : null, "");
            }
        },

        /**
         *
         * @param {string} targetFileName
         * @param {object} [props]
         * @param {boolean} [props.overwrite=true] If the file already exists at the target path, the file will be overwriten if this is true.
         * @param {boolean} [props.perm] The file will be set as the permission from the entry if this is true.

         * @returns {Promise<void>}
         */
        writeZipPromise: function (/**String*/ targetFileName, /* object */ props) {
            const { overwrite, perm } = Object.assign({ overwrite: true }, props);

            return new Promise((resolve, reject) => {
                // find file name
                if (!targetFileName && opts.filename) targetFileName = opts.filename;
                if (!targetFileName) reject("ADM-ZIP: ZIP File Name Missing");

                this.toBufferPromise().then((zipData) => {
                    const ret = (done) => (done ? resolve(done) : reject("ADM-ZIP: Wasn't able to write zip file"));
                    filetools.writeFileToAsync(targetFileName, zipData, overwrite, perm, ret);
                }, reject);
            });
        },

        /**
         * @returns {Promise<Buffer>} A promise to the Buffer.
         */
        toBufferPromise: function () {
            return new Promise((resolve, reject) => {
                _zip.toAsyncBuffer(resolve, reject);
            });
        },

        /**
         * Returns the content of the entire zip file as a Buffer object
         *
         * @prop {function} [onSuccess]
         * @prop {function} [onFail]
         * @prop {function} [onItemStart]
         * @prop {function} [onItemEnd]
         * @returns {Buffer}
         */
        toBuffer: function (onSuccess, onFail, onItemStart, onItemEnd) {
            if (typeof onSuccess === "function") {
                _zip.toAsyncBuffer(onSuccess, onFail, onItemStart, onItemEnd);
                return null;
            }
            return _zip.compressToBuffer();
        }
    };
};


/***/ }),

/***/ 3746:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var Utils = __nccwpck_require__(5391),
    Constants = Utils.Constants;

/* The central directory file header */
module.exports = function () {
    var _verMade = 20, // v2.0
        _version = 10, // v1.0
        _flags = 0,
        _method = 0,
        _time = 0,
        _crc = 0,
        _compressedSize = 0,
        _size = 0,
        _fnameLen = 0,
        _extraLen = 0,
        _comLen = 0,
        _diskStart = 0,
        _inattr = 0,
        _attr = 0,
        _offset = 0;

    _verMade |= Utils.isWin ? 0x0a00 : 0x0300;

    // Set EFS flag since filename and comment fields are all by default encoded using UTF-8.
    // Without it file names may be corrupted for other apps when file names use unicode chars
    _flags |= Constants.FLG_EFS;

    const _localHeader = {
        extraLen: 0
    };

    // casting
    const uint32 = (val) => Math.max(0, val) >>> 0;
    const uint16 = (val) => Math.max(0, val) & 0xffff;
    const uint8 = (val) => Math.max(0, val) & 0xff;

    _time = Utils.fromDate2DOS(new Date());

    return {
        get made() {
            return _verMade;
        },
        set made(val) {
            _verMade = val;
        },

        get version() {
            return _version;
        },
        set version(val) {
            _version = val;
        },

        get flags() {
            return _flags;
        },
        set flags(val) {
            _flags = val;
        },

        get flags_efs() {
            return (_flags & Constants.FLG_EFS) > 0;
        },
        set flags_efs(val) {
            if (val) {
                _flags |= Constants.FLG_EFS;
            } else {
                _flags &= ~Constants.FLG_EFS;
            }
        },

        get flags_desc() {
            return (_flags & Constants.FLG_DESC) > 0;
        },
        set flags_desc(val) {
            if (val) {
                _flags |= Constants.FLG_DESC;
            } else {
                _flags &= ~Constants.FLG_DESC;
            }
        },

        get method() {
            return _method;
        },
        set method(val) {
            switch (val) {
                case Constants.STORED:
                    this.version = 10;
                    break;
                case Constants.DEFLATED:
                default:
                    this.version = 20;
            }
            _method = val;
        },

        get time() {
            return Utils.fromDOS2Date(this.timeval);
        },
        set time(val) {
            val = new Date(val);
            this.timeval = Utils.fromDate2DOS(val);
        },

        get timeval() {
            return _time;
        },
        set timeval(val) {
            _time = uint32(val);
        },

        get timeHighByte() {
            return uint8(_time >>> 8);
        },
        get crc() {
            return _crc;
        },
        set crc(val) {
            _crc = uint32(val);
        },

        get compressedSize() {
            return _compressedSize;
        },
        set compressedSize(val) {
            _compressedSize = uint32(val);
        },

        get size() {
            return _size;
        },
        set size(val) {
            _size = uint32(val);
        },

        get fileNameLength() {
            return _fnameLen;
        },
        set fileNameLength(val) {
            _fnameLen = val;
        },

        get extraLength() {
            return _extraLen;
        },
        set extraLength(val) {
            _extraLen = val;
        },

        get extraLocalLength() {
            return _localHeader.extraLen;
        },
        set extraLocalLength(val) {
            _localHeader.extraLen = val;
        },

        get commentLength() {
            return _comLen;
        },
        set commentLength(val) {
            _comLen = val;
        },

        get diskNumStart() {
            return _diskStart;
        },
        set diskNumStart(val) {
            _diskStart = uint32(val);
        },

        get inAttr() {
            return _inattr;
        },
        set inAttr(val) {
            _inattr = uint32(val);
        },

        get attr() {
            return _attr;
        },
        set attr(val) {
            _attr = uint32(val);
        },

        // get Unix file permissions
        get fileAttr() {
            // Mask to the 9 rwxrwxrwx bits only. The setuid (0o4000), setgid
            // (0o2000) and sticky (0o1000) bits are attacker-controlled archive
            // metadata; preserving them on extraction (keepOriginalPermission)
            // lets a crafted zip plant a setuid-root binary when extracting as
            // root, a local privilege escalation (GHSA-679w-jf3m-wh39).
            return ((_attr || 0) >> 16) & 0o777;
        },

        get offset() {
            return _offset;
        },
        set offset(val) {
            _offset = uint32(val);
        },

        get encrypted() {
            return (_flags & Constants.FLG_ENC) === Constants.FLG_ENC;
        },

        get centralHeaderSize() {
            return Constants.CENHDR + _fnameLen + _extraLen + _comLen;
        },

        get realDataOffset() {
            return _offset + Constants.LOCHDR + _localHeader.fnameLen + _localHeader.extraLen;
        },

        get localHeader() {
            return _localHeader;
        },

        loadLocalHeaderFromBinary: function (/*Buffer*/ input) {
            // The LOC offset comes from the central directory and is attacker
            // controlled. Reject one that would read past the end of the buffer,
            // otherwise readUInt32LE below throws a raw RangeError instead of a
            // clean INVALID_LOC (and escapes the async error path).
            if (_offset < 0 || _offset + Constants.LOCHDR > input.length) {
                throw Utils.Errors.INVALID_LOC();
            }
            var data = input.slice(_offset, _offset + Constants.LOCHDR);
            // 30 bytes and should start with "PK\003\004"
            if (data.readUInt32LE(0) !== Constants.LOCSIG) {
                throw Utils.Errors.INVALID_LOC();
            }

            // version needed to extract
            _localHeader.version = data.readUInt16LE(Constants.LOCVER);
            // general purpose bit flag
            _localHeader.flags = data.readUInt16LE(Constants.LOCFLG);
            // desc flag
            _localHeader.flags_desc = (_localHeader.flags & Constants.FLG_DESC) > 0;
            // compression method
            _localHeader.method = data.readUInt16LE(Constants.LOCHOW);
            // modification time (2 bytes time, 2 bytes date)
            _localHeader.time = data.readUInt32LE(Constants.LOCTIM);
            // uncompressed file crc-32 valu
            _localHeader.crc = data.readUInt32LE(Constants.LOCCRC);
            // compressed size
            _localHeader.compressedSize = data.readUInt32LE(Constants.LOCSIZ);
            // uncompressed size
            _localHeader.size = data.readUInt32LE(Constants.LOCLEN);
            // filename length
            _localHeader.fnameLen = data.readUInt16LE(Constants.LOCNAM);
            // extra field length
            _localHeader.extraLen = data.readUInt16LE(Constants.LOCEXT);

            // read extra data
            const extraStart = _offset + Constants.LOCHDR + _localHeader.fnameLen;
            const extraEnd = extraStart + _localHeader.extraLen;
            return input.slice(extraStart, extraEnd);
        },

        loadFromBinary: function (/*Buffer*/ data) {
            // data should be 46 bytes and start with "PK 01 02"
            if (data.length !== Constants.CENHDR || data.readUInt32LE(0) !== Constants.CENSIG) {
                throw Utils.Errors.INVALID_CEN();
            }
            // version made by
            _verMade = data.readUInt16LE(Constants.CENVEM);
            // version needed to extract
            _version = data.readUInt16LE(Constants.CENVER);
            // encrypt, decrypt flags
            _flags = data.readUInt16LE(Constants.CENFLG);
            // compression method
            _method = data.readUInt16LE(Constants.CENHOW);
            // modification time (2 bytes time, 2 bytes date)
            _time = data.readUInt32LE(Constants.CENTIM);
            // uncompressed file crc-32 value
            _crc = data.readUInt32LE(Constants.CENCRC);
            // compressed size
            _compressedSize = data.readUInt32LE(Constants.CENSIZ);
            // uncompressed size
            _size = data.readUInt32LE(Constants.CENLEN);
            // filename length
            _fnameLen = data.readUInt16LE(Constants.CENNAM);
            // extra field length
            _extraLen = data.readUInt16LE(Constants.CENEXT);
            // file comment length
            _comLen = data.readUInt16LE(Constants.CENCOM);
            // volume number start
            _diskStart = data.readUInt16LE(Constants.CENDSK);
            // internal file attributes
            _inattr = data.readUInt16LE(Constants.CENATT);
            // external file attributes
            _attr = data.readUInt32LE(Constants.CENATX);
            // LOC header offset
            _offset = data.readUInt32LE(Constants.CENOFF);
        },

        localHeaderToBinary: function () {
            // LOC header size (30 bytes)
            var data = Buffer.alloc(Constants.LOCHDR);
            // "PK\003\004"
            data.writeUInt32LE(Constants.LOCSIG, 0);
            // version needed to extract
            data.writeUInt16LE(_version, Constants.LOCVER);
            // general purpose bit flag
            // clear bit 3 (data descriptor): we always write the real crc-32
            // and sizes into this local header, so no trailing descriptor is
            // emitted. Leaving the flag set would make the output unreadable
            // (see issue #555).
            data.writeUInt16LE(_flags & ~Constants.FLG_DESC, Constants.LOCFLG);
            // compression method
            data.writeUInt16LE(_method, Constants.LOCHOW);
            // modification time (2 bytes time, 2 bytes date)
            data.writeUInt32LE(_time, Constants.LOCTIM);
            // uncompressed file crc-32 value
            data.writeUInt32LE(_crc, Constants.LOCCRC);
            // compressed size
            data.writeUInt32LE(_compressedSize, Constants.LOCSIZ);
            // uncompressed size
            data.writeUInt32LE(_size, Constants.LOCLEN);
            // filename length
            data.writeUInt16LE(_fnameLen, Constants.LOCNAM);
            // extra field length
            data.writeUInt16LE(_localHeader.extraLen, Constants.LOCEXT);
            return data;
        },

        centralHeaderToBinary: function () {
            // CEN header size (46 bytes)
            var data = Buffer.alloc(Constants.CENHDR + _fnameLen + _extraLen + _comLen);
            // "PK\001\002"
            data.writeUInt32LE(Constants.CENSIG, 0);
            // version made by
            data.writeUInt16LE(_verMade, Constants.CENVEM);
            // version needed to extract
            data.writeUInt16LE(_version, Constants.CENVER);
            // encrypt, decrypt flags
            // clear bit 3 (data descriptor) to match the local header we emit
            // (real crc/sizes are written, no descriptor follows the data) — issue #555
            data.writeUInt16LE(_flags & ~Constants.FLG_DESC, Constants.CENFLG);
            // compression method
            data.writeUInt16LE(_method, Constants.CENHOW);
            // modification time (2 bytes time, 2 bytes date)
            data.writeUInt32LE(_time, Constants.CENTIM);
            // uncompressed file crc-32 value
            data.writeUInt32LE(_crc, Constants.CENCRC);
            // compressed size
            data.writeUInt32LE(_compressedSize, Constants.CENSIZ);
            // uncompressed size
            data.writeUInt32LE(_size, Constants.CENLEN);
            // filename length
            data.writeUInt16LE(_fnameLen, Constants.CENNAM);
            // extra field length
            data.writeUInt16LE(_extraLen, Constants.CENEXT);
            // file comment length
            data.writeUInt16LE(_comLen, Constants.CENCOM);
            // volume number start
            data.writeUInt16LE(_diskStart, Constants.CENDSK);
            // internal file attributes
            data.writeUInt16LE(_inattr, Constants.CENATT);
            // external file attributes
            data.writeUInt32LE(_attr, Constants.CENATX);
            // LOC header offset
            data.writeUInt32LE(_offset, Constants.CENOFF);
            return data;
        },

        toJSON: function () {
            const bytes = function (nr) {
                return nr + " bytes";
            };

            return {
                made: _verMade,
                version: _version,
                flags: _flags,
                method: Utils.methodToString(_method),
                time: this.time,
                crc: "0x" + _crc.toString(16).toUpperCase(),
                compressedSize: bytes(_compressedSize),
                size: bytes(_size),
                fileNameLength: bytes(_fnameLen),
                extraLength: bytes(_extraLen),
                commentLength: bytes(_comLen),
                diskNumStart: _diskStart,
                inAttr: _inattr,
                attr: _attr,
                offset: _offset,
                centralHeaderSize: bytes(Constants.CENHDR + _fnameLen + _extraLen + _comLen)
            };
        },

        toString: function () {
            return JSON.stringify(this.toJSON(), null, "\t");
        }
    };
};


/***/ }),

/***/ 1907:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.EntryHeader = __nccwpck_require__(3746);
exports.MainHeader = __nccwpck_require__(9311);


/***/ }),

/***/ 9311:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var Utils = __nccwpck_require__(5391),
    Constants = Utils.Constants;

/* The entries in the end of central directory */
module.exports = function () {
    var _volumeEntries = 0,
        _totalEntries = 0,
        _size = 0,
        _offset = 0,
        _commentLength = 0;

    const needsZip64 = () => _volumeEntries > Constants.EF_ZIP64_OR_16 || _totalEntries > Constants.EF_ZIP64_OR_16 || _size > Constants.EF_ZIP64_OR_32 || _offset > Constants.EF_ZIP64_OR_32;

    return {
        get diskEntries() {
            return _volumeEntries;
        },
        set diskEntries(/*Number*/ val) {
            _volumeEntries = _totalEntries = val;
        },

        get totalEntries() {
            return _totalEntries;
        },
        set totalEntries(/*Number*/ val) {
            _totalEntries = _volumeEntries = val;
        },

        get size() {
            return _size;
        },
        set size(/*Number*/ val) {
            _size = val;
        },

        get offset() {
            return _offset;
        },
        set offset(/*Number*/ val) {
            _offset = val;
        },

        get commentLength() {
            return _commentLength;
        },
        set commentLength(/*Number*/ val) {
            _commentLength = val;
        },

        get mainHeaderSize() {
            return (needsZip64() ? Constants.ZIP64HDR + Constants.END64HDR : 0) + Constants.ENDHDR + _commentLength;
        },

        loadFromBinary: function (/*Buffer*/ data) {
            // data should be 22 bytes and start with "PK 05 06"
            // or be 56+ bytes and start with "PK 06 06" for Zip64
            if (
                (data.length !== Constants.ENDHDR || data.readUInt32LE(0) !== Constants.ENDSIG) &&
                (data.length < Constants.ZIP64HDR || data.readUInt32LE(0) !== Constants.ZIP64SIG)
            ) {
                throw Utils.Errors.INVALID_END();
            }

            if (data.readUInt32LE(0) === Constants.ENDSIG) {
                // number of entries on this volume
                _volumeEntries = data.readUInt16LE(Constants.ENDSUB);
                // total number of entries
                _totalEntries = data.readUInt16LE(Constants.ENDTOT);
                // central directory size in bytes
                _size = data.readUInt32LE(Constants.ENDSIZ);
                // offset of first CEN header
                _offset = data.readUInt32LE(Constants.ENDOFF);
                // zip file comment length
                _commentLength = data.readUInt16LE(Constants.ENDCOM);
            } else {
                // number of entries on this volume
                _volumeEntries = Utils.readBigUInt64LE(data, Constants.ZIP64SUB);
                // total number of entries
                _totalEntries = Utils.readBigUInt64LE(data, Constants.ZIP64TOT);
                // central directory size in bytes
                _size = Utils.readBigUInt64LE(data, Constants.ZIP64SIZB);
                // offset of first CEN header
                _offset = Utils.readBigUInt64LE(data, Constants.ZIP64OFF);

                _commentLength = 0;
            }
        },

        toBinary: function () {
            if (!needsZip64()) {
                var b = Buffer.alloc(Constants.ENDHDR + _commentLength);
                // "PK 05 06" signature
                b.writeUInt32LE(Constants.ENDSIG, 0);
                b.writeUInt32LE(0, 4);
                // number of entries on this volume
                b.writeUInt16LE(_volumeEntries, Constants.ENDSUB);
                // total number of entries
                b.writeUInt16LE(_totalEntries, Constants.ENDTOT);
                // central directory size in bytes
                b.writeUInt32LE(_size, Constants.ENDSIZ);
                // offset of first CEN header
                b.writeUInt32LE(_offset, Constants.ENDOFF);
                // zip file comment length
                b.writeUInt16LE(_commentLength, Constants.ENDCOM);
                // fill comment memory with spaces so no garbage is left there
                b.fill(" ", Constants.ENDHDR);

                return b;
            }

            var b = Buffer.alloc(this.mainHeaderSize);
            let offset = 0;

            // Zip64 end of central directory record.
            b.writeUInt32LE(Constants.ZIP64SIG, offset);
            Utils.writeBigUInt64LE(b, Constants.ZIP64HDR - Constants.ZIP64LEAD, offset + Constants.ZIP64SIZE);
            b.writeUInt16LE(45, offset + Constants.ZIP64VEM);
            b.writeUInt16LE(45, offset + Constants.ZIP64VER);
            b.writeUInt32LE(0, offset + Constants.ZIP64DSK);
            b.writeUInt32LE(0, offset + Constants.ZIP64DSKDIR);
            Utils.writeBigUInt64LE(b, _volumeEntries, offset + Constants.ZIP64SUB);
            Utils.writeBigUInt64LE(b, _totalEntries, offset + Constants.ZIP64TOT);
            Utils.writeBigUInt64LE(b, _size, offset + Constants.ZIP64SIZB);
            Utils.writeBigUInt64LE(b, _offset, offset + Constants.ZIP64OFF);

            const zip64EndOffset = _offset + _size;
            offset += Constants.ZIP64HDR;

            // Zip64 end of central directory locator.
            b.writeUInt32LE(Constants.END64SIG, offset);
            b.writeUInt32LE(0, offset + Constants.END64START);
            Utils.writeBigUInt64LE(b, zip64EndOffset, offset + Constants.END64OFF);
            b.writeUInt32LE(1, offset + Constants.END64NUMDISKS);
            offset += Constants.END64HDR;

            // "PK 05 06" signature
            b.writeUInt32LE(Constants.ENDSIG, offset);
            b.writeUInt32LE(0, offset + 4);
            // number of entries on this volume
            b.writeUInt16LE(Math.min(_volumeEntries, Constants.EF_ZIP64_OR_16), offset + Constants.ENDSUB);
            // total number of entries
            b.writeUInt16LE(Math.min(_totalEntries, Constants.EF_ZIP64_OR_16), offset + Constants.ENDTOT);
            // central directory size in bytes
            b.writeUInt32LE(Math.min(_size, Constants.EF_ZIP64_OR_32), offset + Constants.ENDSIZ);
            // offset of first CEN header
            b.writeUInt32LE(Math.min(_offset, Constants.EF_ZIP64_OR_32), offset + Constants.ENDOFF);
            // zip file comment length
            b.writeUInt16LE(_commentLength, offset + Constants.ENDCOM);
            // fill comment memory with spaces so no garbage is left there
            b.fill(" ", offset + Constants.ENDHDR);

            return b;
        },

        toJSON: function () {
            // creates 0x0000 style output
            const offset = function (nr, len) {
                let offs = nr.toString(16).toUpperCase();
                while (offs.length < len) offs = "0" + offs;
                return "0x" + offs;
            };

            return {
                diskEntries: _volumeEntries,
                totalEntries: _totalEntries,
                size: _size + " bytes",
                offset: offset(_offset, 4),
                commentLength: _commentLength
            };
        },

        toString: function () {
            return JSON.stringify(this.toJSON(), null, "\t");
        }
    };
};
// Misspelled


/***/ }),

/***/ 5120:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = function (/*Buffer*/ inbuf) {
    var zlib = __nccwpck_require__(3106);

    var opts = { chunkSize: (parseInt(inbuf.length / 1024) + 1) * 1024 };

    return {
        deflate: function () {
            return zlib.deflateRawSync(inbuf, opts);
        },

        deflateAsync: function (/*Function*/ callback) {
            var tmp = zlib.createDeflateRaw(opts),
                parts = [],
                total = 0;
            tmp.on("data", function (data) {
                parts.push(data);
                total += data.length;
            });
            tmp.on("end", function () {
                var buf = Buffer.alloc(total),
                    written = 0;
                buf.fill(0);
                for (var i = 0; i < parts.length; i++) {
                    var part = parts[i];
                    part.copy(buf, written);
                    written += part.length;
                }
                callback && callback(buf);
            });
            tmp.end(inbuf);
        }
    };
};


/***/ }),

/***/ 3667:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.Deflater = __nccwpck_require__(5120);
exports.Inflater = __nccwpck_require__(9540);
exports.ZipCrypto = __nccwpck_require__(2689);


/***/ }),

/***/ 9540:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const version = +(process?.versions?.node ?? "").split(".")[0] || 0;
const Errors = __nccwpck_require__(6232);

module.exports = function (/*Buffer*/ inbuf, /*number*/ expectedLength) {
    var zlib = __nccwpck_require__(3106);
    // Cap decompression output at the entry's declared uncompressed size to bound
    // decompression bombs (CVE-2026-39244). A declared size of 0 must not disable
    // the cap: a genuinely empty entry inflates to 0 bytes, so a 1-byte floor
    // still lets it through while stopping a bomb that lies about its size
    // (GHSA-rcw4-f5rp-g42v). zlib requires maxOutputLength >= 1.
    const maxOutputLength = expectedLength > 0 ? expectedLength : 1;
    const option = version >= 15 ? { maxOutputLength } : {};

    return {
        inflate: function () {
            return zlib.inflateRawSync(inbuf, option);
        },

        inflateAsync: function (/*Function*/ callback) {
            var tmp = zlib.createInflateRaw(option),
                parts = [],
                total = 0,
                done = false;
            const fail = function (err) {
                if (done) return;
                done = true;
                tmp.destroy();
                callback && callback(Buffer.alloc(0), err);
            };
            // Route stream errors (e.g. Z_DATA_ERROR on malformed input) through the
            // callback. Without an "error" listener zlib re-throws the event as an
            // uncaught exception on a later tick, crashing the host process instead
            // of failing the call (GHSA-8238-w5pm-2374).
            tmp.on("error", function (err) {
                fail(err);
            });
            tmp.on("data", function (data) {
                if (done) return;
                total += data.length;
                // The streaming API ignores maxOutputLength, so enforce the cap by
                // hand; otherwise the async path decompresses without limit while the
                // sync path is capped (GHSA-v429-h5qx-84wm, GHSA-c6fg-446q-cg94).
                if (total > maxOutputLength) {
                    return fail(Errors.MAX_OUTPUT_EXCEEDED());
                }
                parts.push(data);
            });
            tmp.on("end", function () {
                if (done) return;
                done = true;
                var buf = Buffer.alloc(total),
                    written = 0;
                buf.fill(0);
                for (var i = 0; i < parts.length; i++) {
                    var part = parts[i];
                    part.copy(buf, written);
                    written += part.length;
                }
                callback && callback(buf);
            });
            tmp.end(inbuf);
        }
    };
};


/***/ }),

/***/ 2689:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// node crypt, we use it for generate salt
// eslint-disable-next-line node/no-unsupported-features/node-builtins
const { randomFillSync } = __nccwpck_require__(6982);
const Errors = __nccwpck_require__(6232);

// generate CRC32 lookup table
const crctable = new Uint32Array(256).map((t, crc) => {
    for (let j = 0; j < 8; j++) {
        if (0 !== (crc & 1)) {
            crc = (crc >>> 1) ^ 0xedb88320;
        } else {
            crc >>>= 1;
        }
    }
    return crc >>> 0;
});

// C-style uInt32 Multiply (discards higher bits, when JS multiply discards lower bits)
const uMul = (a, b) => Math.imul(a, b) >>> 0;

// crc32 byte single update (actually same function is part of utils.crc32 function :) )
const crc32update = (pCrc32, bval) => {
    return crctable[(pCrc32 ^ bval) & 0xff] ^ (pCrc32 >>> 8);
};

// function for generating salt for encrytion header
const genSalt = () => {
    if ("function" === typeof randomFillSync) {
        return randomFillSync(Buffer.alloc(12));
    } else {
        // fallback if function is not defined
        return genSalt.node();
    }
};

// salt generation with node random function (mainly as fallback)
genSalt.node = () => {
    const salt = Buffer.alloc(12);
    const len = salt.length;
    for (let i = 0; i < len; i++) salt[i] = (Math.random() * 256) & 0xff;
    return salt;
};

// general config
const config = {
    genSalt
};

// Class Initkeys handles same basic ops with keys
function Initkeys(pw) {
    const pass = Buffer.isBuffer(pw) ? pw : Buffer.from(pw);
    this.keys = new Uint32Array([0x12345678, 0x23456789, 0x34567890]);
    for (let i = 0; i < pass.length; i++) {
        this.updateKeys(pass[i]);
    }
}

Initkeys.prototype.updateKeys = function (byteValue) {
    const keys = this.keys;
    keys[0] = crc32update(keys[0], byteValue);
    keys[1] += keys[0] & 0xff;
    keys[1] = uMul(keys[1], 134775813) + 1;
    keys[2] = crc32update(keys[2], keys[1] >>> 24);
    return byteValue;
};

Initkeys.prototype.next = function () {
    const k = (this.keys[2] | 2) >>> 0; // key
    return (uMul(k, k ^ 1) >> 8) & 0xff; // decode
};

function make_decrypter(/*Buffer*/ pwd) {
    // 1. Stage initialize key
    const keys = new Initkeys(pwd);

    // return decrypter function
    return function (/*Buffer*/ data) {
        // result - we create new Buffer for results
        const result = Buffer.alloc(data.length);
        let pos = 0;
        // process input data
        for (let c of data) {
            //c ^= keys.next();
            //result[pos++] = c; // decode & Save Value
            result[pos++] = keys.updateKeys(c ^ keys.next()); // update keys with decoded byte
        }
        return result;
    };
}

function make_encrypter(/*Buffer*/ pwd) {
    // 1. Stage initialize key
    const keys = new Initkeys(pwd);

    // return encrypting function, result and pos is here so we dont have to merge buffers later
    return function (/*Buffer*/ data, /*Buffer*/ result, /* Number */ pos = 0) {
        // result - we create new Buffer for results
        if (!result) result = Buffer.alloc(data.length);
        // process input data
        for (let c of data) {
            const k = keys.next(); // save key byte
            result[pos++] = c ^ k; // save val
            keys.updateKeys(c); // update keys with decoded byte
        }
        return result;
    };
}

function decrypt(/*Buffer*/ data, /*Object*/ header, /*String, Buffer*/ pwd) {
    if (!data || !Buffer.isBuffer(data) || data.length < 12) {
        return Buffer.alloc(0);
    }

    // 1. We Initialize and generate decrypting function
    const decrypter = make_decrypter(pwd);

    // 2. decrypt salt what is always 12 bytes and is a part of file content
    const salt = decrypter(data.slice(0, 12));

    // if bit 3 (0x08) of the general-purpose flags field is set, check salt[11] with the high byte of the header time
    // 2 byte data block (as per Info-Zip spec), otherwise check with the high byte of the header entry
    const verifyByte = (header.flags & 0x8) === 0x8 ? header.timeHighByte : header.crc >>> 24;

    //3. does password meet expectations
    if (salt[11] !== verifyByte) {
        throw Errors.WRONG_PASSWORD();
    }

    // 4. decode content
    return decrypter(data.slice(12));
}

// lets add way to populate salt, NOT RECOMMENDED for production but maybe useful for testing general functionality
function _salter(data) {
    if (Buffer.isBuffer(data) && data.length >= 12) {
        // be aware - currently salting buffer data is modified
        config.genSalt = function () {
            return data.slice(0, 12);
        };
    } else if (data === "node") {
        // test salt generation with node random function
        config.genSalt = genSalt.node;
    } else {
        // if value is not acceptable config gets reset.
        config.genSalt = genSalt;
    }
}

function encrypt(/*Buffer*/ data, /*Object*/ header, /*String, Buffer*/ pwd, /*Boolean*/ oldlike = false) {
    // 1. test data if data is not Buffer we make buffer from it
    if (data == null) data = Buffer.alloc(0);
    // if data is not buffer be make buffer from it
    if (!Buffer.isBuffer(data)) data = Buffer.from(data.toString());

    // 2. We Initialize and generate encrypting function
    const encrypter = make_encrypter(pwd);

    // 3. generate salt (12-bytes of random data)
    const salt = config.genSalt();
    salt[11] = (header.crc >>> 24) & 0xff;

    // old implementations (before PKZip 2.04g) used two byte check
    if (oldlike) salt[10] = (header.crc >>> 16) & 0xff;

    // 4. create output
    const result = Buffer.alloc(data.length + 12);
    encrypter(salt, result);

    // finally encode content
    return encrypter(data, result, 12);
}

module.exports = { decrypt, encrypt, _salter };


/***/ }),

/***/ 2834:
/***/ ((module) => {

module.exports = {
    /* The local file header */
    LOCHDR           : 30, // LOC header size
    LOCSIG           : 0x04034b50, // "PK\003\004"
    LOCVER           : 4,	// version needed to extract
    LOCFLG           : 6, // general purpose bit flag
    LOCHOW           : 8, // compression method
    LOCTIM           : 10, // modification time (2 bytes time, 2 bytes date)
    LOCCRC           : 14, // uncompressed file crc-32 value
    LOCSIZ           : 18, // compressed size
    LOCLEN           : 22, // uncompressed size
    LOCNAM           : 26, // filename length
    LOCEXT           : 28, // extra field length

    /* The Data descriptor */
    EXTSIG           : 0x08074b50, // "PK\007\008"
    EXTHDR           : 16, // EXT header size
    EXTCRC           : 4, // uncompressed file crc-32 value
    EXTSIZ           : 8, // compressed size
    EXTLEN           : 12, // uncompressed size

    /* The central directory file header */
    CENHDR           : 46, // CEN header size
    CENSIG           : 0x02014b50, // "PK\001\002"
    CENVEM           : 4, // version made by
    CENVER           : 6, // version needed to extract
    CENFLG           : 8, // encrypt, decrypt flags
    CENHOW           : 10, // compression method
    CENTIM           : 12, // modification time (2 bytes time, 2 bytes date)
    CENCRC           : 16, // uncompressed file crc-32 value
    CENSIZ           : 20, // compressed size
    CENLEN           : 24, // uncompressed size
    CENNAM           : 28, // filename length
    CENEXT           : 30, // extra field length
    CENCOM           : 32, // file comment length
    CENDSK           : 34, // volume number start
    CENATT           : 36, // internal file attributes
    CENATX           : 38, // external file attributes (host system dependent)
    CENOFF           : 42, // LOC header offset

    /* The entries in the end of central directory */
    ENDHDR           : 22, // END header size
    ENDSIG           : 0x06054b50, // "PK\005\006"
    ENDSUB           : 8, // number of entries on this disk
    ENDTOT           : 10, // total number of entries
    ENDSIZ           : 12, // central directory size in bytes
    ENDOFF           : 16, // offset of first CEN header
    ENDCOM           : 20, // zip file comment length

    END64HDR         : 20, // zip64 END header size
    END64SIG         : 0x07064b50, // zip64 Locator signature, "PK\006\007"
    END64START       : 4, // number of the disk with the start of the zip64
    END64OFF         : 8, // relative offset of the zip64 end of central directory
    END64NUMDISKS    : 16, // total number of disks

    ZIP64SIG         : 0x06064b50, // zip64 signature, "PK\006\006"
    ZIP64HDR         : 56, // zip64 record minimum size
    ZIP64LEAD        : 12, // leading bytes at the start of the record, not counted by the value stored in ZIP64SIZE
    ZIP64SIZE        : 4, // zip64 size of the central directory record
    ZIP64VEM         : 12, // zip64 version made by
    ZIP64VER         : 14, // zip64 version needed to extract
    ZIP64DSK         : 16, // zip64 number of this disk
    ZIP64DSKDIR      : 20, // number of the disk with the start of the record directory
    ZIP64SUB         : 24, // number of entries on this disk
    ZIP64TOT         : 32, // total number of entries
    ZIP64SIZB        : 40, // zip64 central directory size in bytes
    ZIP64OFF         : 48, // offset of start of central directory with respect to the starting disk number
    ZIP64EXTRA       : 56, // extensible data sector

    /* Compression methods */
    STORED           : 0, // no compression
    SHRUNK           : 1, // shrunk
    REDUCED1         : 2, // reduced with compression factor 1
    REDUCED2         : 3, // reduced with compression factor 2
    REDUCED3         : 4, // reduced with compression factor 3
    REDUCED4         : 5, // reduced with compression factor 4
    IMPLODED         : 6, // imploded
    // 7 reserved for Tokenizing compression algorithm
    DEFLATED         : 8, // deflated
    ENHANCED_DEFLATED: 9, // enhanced deflated
    PKWARE           : 10,// PKWare DCL imploded
    // 11 reserved by PKWARE
    BZIP2            : 12, //  compressed using BZIP2
    // 13 reserved by PKWARE
    LZMA             : 14, // LZMA
    // 15-17 reserved by PKWARE
    IBM_TERSE        : 18, // compressed using IBM TERSE
    IBM_LZ77         : 19, // IBM LZ77 z
    AES_ENCRYPT      : 99, // WinZIP AES encryption method

    /* General purpose bit flag */
    // values can obtained with expression 2**bitnr
    FLG_ENC          : 1,    // Bit 0: encrypted file
    FLG_COMP1        : 2,    // Bit 1, compression option
    FLG_COMP2        : 4,    // Bit 2, compression option
    FLG_DESC         : 8,    // Bit 3, data descriptor
    FLG_ENH          : 16,   // Bit 4, enhanced deflating
    FLG_PATCH        : 32,   // Bit 5, indicates that the file is compressed patched data.
    FLG_STR          : 64,   // Bit 6, strong encryption (patented)
                             // Bits 7-10: Currently unused.
    FLG_EFS          : 2048, // Bit 11: Language encoding flag (EFS)
                             // Bit 12: Reserved by PKWARE for enhanced compression.
                             // Bit 13: encrypted the Central Directory (patented).
                             // Bits 14-15: Reserved by PKWARE.
    FLG_MSK          : 4096, // mask header values

    /* Load type */
    FILE             : 2,
    BUFFER           : 1,
    NONE             : 0,

    /* 4.5 Extensible data fields */
    EF_ID            : 0,
    EF_SIZE          : 2,

    /* Header IDs */
    ID_ZIP64         : 0x0001,
    ID_AVINFO        : 0x0007,
    ID_PFS           : 0x0008,
    ID_OS2           : 0x0009,
    ID_NTFS          : 0x000a,
    ID_OPENVMS       : 0x000c,
    ID_UNIX          : 0x000d,
    ID_FORK          : 0x000e,
    ID_PATCH         : 0x000f,
    ID_X509_PKCS7    : 0x0014,
    ID_X509_CERTID_F : 0x0015,
    ID_X509_CERTID_C : 0x0016,
    ID_STRONGENC     : 0x0017,
    ID_RECORD_MGT    : 0x0018,
    ID_X509_PKCS7_RL : 0x0019,
    ID_IBM1          : 0x0065,
    ID_IBM2          : 0x0066,
    ID_POSZIP        : 0x4690,

    EF_ZIP64_OR_32   : 0xffffffff,
    EF_ZIP64_OR_16   : 0xffff,
    EF_ZIP64_SUNCOMP : 0,
    EF_ZIP64_SCOMP   : 8,
    EF_ZIP64_RHO     : 16,
    EF_ZIP64_DSN     : 24
};


/***/ }),

/***/ 1579:
/***/ ((module) => {

module.exports = {
    efs: true,
    encode: (data) => Buffer.from(data, "utf8"),
    decode: (data) => data.toString("utf8")
};


/***/ }),

/***/ 6232:
/***/ ((__unused_webpack_module, exports) => {

const errors = {
    /* Header error messages */
    INVALID_LOC: "Invalid LOC header (bad signature)",
    INVALID_CEN: "Invalid CEN header (bad signature)",
    INVALID_END: "Invalid END header (bad signature)",

    /* Descriptor */
    DESCRIPTOR_NOT_EXIST: "No descriptor present",
    DESCRIPTOR_UNKNOWN: "Unknown descriptor format",
    DESCRIPTOR_FAULTY: "Descriptor data is malformed",

    /* ZipEntry error messages*/
    NO_DATA: "Nothing to decompress",
    BAD_CRC: "CRC32 checksum failed {0}",
    MAX_OUTPUT_EXCEEDED: "Decompressed data exceeds the declared uncompressed size",
    FILE_IN_THE_WAY: "There is a file in the way: {0}",
    UNKNOWN_METHOD: "Invalid/unsupported compression method",

    /* Inflater error messages */
    AVAIL_DATA: "inflate::Available inflate data did not terminate",
    INVALID_DISTANCE: "inflate::Invalid literal/length or distance code in fixed or dynamic block",
    TO_MANY_CODES: "inflate::Dynamic block code description: too many length or distance codes",
    INVALID_REPEAT_LEN: "inflate::Dynamic block code description: repeat more than specified lengths",
    INVALID_REPEAT_FIRST: "inflate::Dynamic block code description: repeat lengths with no first length",
    INCOMPLETE_CODES: "inflate::Dynamic block code description: code lengths codes incomplete",
    INVALID_DYN_DISTANCE: "inflate::Dynamic block code description: invalid distance code lengths",
    INVALID_CODES_LEN: "inflate::Dynamic block code description: invalid literal/length code lengths",
    INVALID_STORE_BLOCK: "inflate::Stored block length did not match one's complement",
    INVALID_BLOCK_TYPE: "inflate::Invalid block type (type == 3)",

    /* ADM-ZIP error messages */
    CANT_EXTRACT_FILE: "Could not extract the file",
    CANT_OVERRIDE: "Target file already exists",
    DISK_ENTRY_TOO_LARGE: "Number of disk entries is too large",
    NO_ZIP: "No zip file was loaded",
    NO_ENTRY: "Entry doesn't exist",
    DUPLICATE_ENTRY: "Duplicate entry name {0}",
    DIRECTORY_CONTENT_ERROR: "A directory cannot have content",
    FILE_NOT_FOUND: 'File not found: "{0}"',
    NOT_IMPLEMENTED: "Not implemented",
    INVALID_FILENAME: "Invalid filename",
    INVALID_FORMAT: "Invalid or unsupported zip format. No END header found",
    ZIP64_VALUE_TOO_LARGE: "Zip64 value exceeds the maximum safe integer",
    INVALID_PASS_PARAM: "Incompatible password parameter",
    WRONG_PASSWORD: "Wrong Password",

    /* ADM-ZIP */
    COMMENT_TOO_LONG: "Comment is too long", // Comment can be max 65535 bytes long (NOTE: some non-US characters may take more space)
    EXTRA_FIELD_PARSE_ERROR: "Extra field parsing error"
};

// template
function E(message) {
    return function (...args) {
        if (args.length) { // Allow {0} .. {9} arguments in error message, based on argument number
            message = message.replace(/\{(\d)\}/g, (_, n) => args[n] || '');
        }

        return new Error('ADM-ZIP: ' + message);
    };
}

// Init errors with template
for (const msg of Object.keys(errors)) {
    exports[msg] = E(errors[msg]);
}


/***/ }),

/***/ 38:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const pth = __nccwpck_require__(6928);

module.exports = function (/*String*/ path, /*Utils object*/ { fs }) {
    var _path = path || "",
        _obj = newAttr(),
        _stat = null;

    function newAttr() {
        return {
            directory: false,
            readonly: false,
            hidden: false,
            executable: false,
            mtime: 0,
            atime: 0
        };
    }

    if (_path && fs.existsSync(_path)) {
        _stat = fs.statSync(_path);
        _obj.directory = _stat.isDirectory();
        _obj.mtime = _stat.mtime;
        _obj.atime = _stat.atime;
        _obj.executable = (0o111 & _stat.mode) !== 0; // file is executable who ever har right not just owner
        _obj.readonly = (0o200 & _stat.mode) === 0; // readonly if owner has no write right
        _obj.hidden = pth.basename(_path)[0] === ".";
    } else {
        console.warn("Invalid path: " + _path);
    }

    return {
        get directory() {
            return _obj.directory;
        },

        get readOnly() {
            return _obj.readonly;
        },

        get hidden() {
            return _obj.hidden;
        },

        get mtime() {
            return _obj.mtime;
        },

        get atime() {
            return _obj.atime;
        },

        get executable() {
            return _obj.executable;
        },

        decodeAttributes: function () {},

        encodeAttributes: function () {},

        toJSON: function () {
            return {
                path: _path,
                isDirectory: _obj.directory,
                isReadOnly: _obj.readonly,
                isHidden: _obj.hidden,
                isExecutable: _obj.executable,
                mTime: _obj.mtime,
                aTime: _obj.atime
            };
        },

        toString: function () {
            return JSON.stringify(this.toJSON(), null, "\t");
        }
    };
};


/***/ }),

/***/ 5391:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(9066);
module.exports.Constants = __nccwpck_require__(2834);
module.exports.Errors = __nccwpck_require__(6232);
module.exports.FileAttr = __nccwpck_require__(38);
module.exports.decoder = __nccwpck_require__(1579);


/***/ }),

/***/ 9066:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const fsystem = __nccwpck_require__(9896);
const pth = __nccwpck_require__(6928);
const Constants = __nccwpck_require__(2834);
const Errors = __nccwpck_require__(6232);
const isWin = typeof process === "object" && "win32" === process.platform;

const is_Obj = (obj) => typeof obj === "object" && obj !== null;

// generate CRC32 lookup table
const crcTable = new Uint32Array(256).map((t, c) => {
    for (let k = 0; k < 8; k++) {
        if ((c & 1) !== 0) {
            c = 0xedb88320 ^ (c >>> 1);
        } else {
            c >>>= 1;
        }
    }
    return c >>> 0;
});

// UTILS functions

function Utils(opts) {
    this.sep = pth.sep;
    this.fs = fsystem;

    if (is_Obj(opts)) {
        // custom filesystem
        if (is_Obj(opts.fs) && typeof opts.fs.statSync === "function") {
            this.fs = opts.fs;
        }
    }
}

module.exports = Utils;

// INSTANTIABLE functions

Utils.prototype.makeDir = function (/*String*/ folder) {
    const self = this;

    // Sync - make directories tree
    function mkdirSync(/*String*/ fpath) {
        let resolvedPath = fpath.split(self.sep)[0];
        fpath.split(self.sep).forEach(function (name) {
            if (!name || name.substr(-1, 1) === ":") return;
            resolvedPath += self.sep + name;
            var stat;
            try {
                stat = self.fs.statSync(resolvedPath);
            } catch (e) {
                if (e.message && e.message.startsWith('ENOENT')) {
                    self.fs.mkdirSync(resolvedPath);
                } else {
                    throw e;
                }
            }
            if (stat && stat.isFile()) throw Errors.FILE_IN_THE_WAY(`"${resolvedPath}"`);
        });
    }

    mkdirSync(folder);
};

Utils.prototype.writeFileTo = function (/*String*/ path, /*Buffer*/ content, /*Boolean*/ overwrite, /*Number*/ attr) {
    const self = this;
    if (self.fs.existsSync(path)) {
        if (!overwrite) return false; // cannot overwrite

        var stat = self.fs.statSync(path);
        if (stat.isDirectory()) {
            return false;
        }
    }
    var folder = pth.dirname(path);
    if (!self.fs.existsSync(folder)) {
        self.makeDir(folder);
    }

    var fd;
    try {
        fd = self.fs.openSync(path, "w", 0o666); // 0666
    } catch (e) {
        self.fs.chmodSync(path, 0o666);
        fd = self.fs.openSync(path, "w", 0o666);
    }
    if (fd) {
        try {
            self.fs.writeSync(fd, content, 0, content.length, 0);
        } finally {
            self.fs.closeSync(fd);
        }
    }
    self.fs.chmodSync(path, attr || 0o666);
    return true;
};

Utils.prototype.writeFileToAsync = function (/*String*/ path, /*Buffer*/ content, /*Boolean*/ overwrite, /*Number*/ attr, /*Function*/ callback) {
    if (typeof attr === "function") {
        callback = attr;
        attr = undefined;
    }

    const self = this;

    self.fs.exists(path, function (exist) {
        if (exist && !overwrite) return callback(false);

        self.fs.stat(path, function (err, stat) {
            if (exist && stat && stat.isDirectory()) {
                return callback(false);
            }

            var folder = pth.dirname(path);
            self.fs.exists(folder, function (exists) {
                if (!exists) {
                    // makeDir is synchronous and can throw (e.g. EACCES); report failure
                    // rather than letting it escape this callback as an uncaught exception
                    try {
                        self.makeDir(folder);
                    } catch (e) {
                        return callback(false);
                    }
                }

                // write the content to an open descriptor, then apply the attributes
                const writeToFd = function (fd) {
                    self.fs.write(fd, content, 0, content.length, 0, function (writeErr) {
                        self.fs.close(fd, function () {
                            // surface write failures instead of silently reporting success (issue #402)
                            if (writeErr) return callback(false);
                            self.fs.chmod(path, attr || 0o666, function () {
                                callback(true);
                            });
                        });
                    });
                };

                self.fs.open(path, "w", 0o666, function (err, fd) {
                    if (err) {
                        // the target may exist but be read-only: make it writable and retry once
                        self.fs.chmod(path, 0o666, function () {
                            self.fs.open(path, "w", 0o666, function (retryErr, fd) {
                                // Previously the retry error was ignored and an undefined fd was
                                // passed to fs.write, throwing an uncaught ERR_INVALID_ARG_TYPE that
                                // crashed the process (issues #470, #459, #402). Report failure instead.
                                if (retryErr || !fd) return callback(false);
                                writeToFd(fd);
                            });
                        });
                    } else if (fd) {
                        writeToFd(fd);
                    } else {
                        callback(false);
                    }
                });
            });
        });
    });
};

// Guard extraction against writing through a symlink that already exists inside
// the target directory. sanitize() only proves the textual path stays under the
// root; it cannot see that a component on disk is a symlink pointing elsewhere,
// so open()/mkdir() would follow it and write outside the root. Walk every path
// component strictly below root and reject any that is a symlink. Components at
// or above root are the caller's own choice and are left untouched, so a root
// that itself lives under a symlink (e.g. /tmp on macOS) still extracts.
Utils.prototype.assertPathSafe = function (/*String*/ root, /*String*/ target) {
    const self = this;
    if (typeof self.fs.lstatSync !== "function") return;

    const resolvedRoot = pth.resolve(root);
    const resolvedTarget = pth.resolve(target);
    if (resolvedTarget === resolvedRoot) return;

    const rel = pth.relative(resolvedRoot, resolvedTarget);
    // Not under root: sanitize() is responsible for that case; nothing to walk.
    if (!rel || rel === ".." || rel.startsWith(".." + pth.sep) || pth.isAbsolute(rel)) return;

    let cur = resolvedRoot;
    for (const part of rel.split(pth.sep)) {
        if (!part || part === ".") continue;
        cur = pth.join(cur, part);
        let stat;
        try {
            stat = self.fs.lstatSync(cur);
        } catch (e) {
            break; // component does not exist yet: nothing below it can be a symlink
        }
        if (stat.isSymbolicLink()) throw Errors.FILE_IN_THE_WAY(`"${cur}"`);
    }
};

Utils.prototype.findFiles = function (/*String*/ path) {
    const self = this;
    const canLstat = typeof self.fs.lstatSync === "function";
    const rootReal = self.fs.realpathSync(path);

    // A symlink whose target lies outside the folder being archived must not be
    // followed: statSync would dereference it and copy the target's contents into
    // the archive, disclosing files outside the root (GHSA-wx42-xcp7-pgr4). Allow
    // symlinks that resolve to a location inside the root, reject any that escape.
    function escapesRoot(/*String*/ p) {
        if (!canLstat) return false;
        if (!self.fs.lstatSync(p).isSymbolicLink()) return false;
        let real;
        try {
            real = self.fs.realpathSync(p);
        } catch (e) {
            return true; // dangling or unresolvable symlink: do not follow
        }
        return !(real === rootReal || real.startsWith(rootReal + pth.sep));
    }

    function findSync(/*String*/ dir, /*RegExp*/ pattern, /*Boolean*/ recursive, /*Set*/ visited) {
        if (typeof pattern === "boolean") {
            recursive = pattern;
            pattern = undefined;
        }
        let files = [];
        self.fs.readdirSync(dir).forEach(function (file) {
            const path = pth.join(dir, file);

            if (escapesRoot(path)) return;

            const stat = self.fs.statSync(path);

            if (!pattern || pattern.test(path)) {
                files.push(pth.normalize(path) + (stat.isDirectory() ? self.sep : ""));
            }

            if (stat.isDirectory() && recursive) {
                // Descend by resolved real path and skip directories we have already
                // visited. This stops a symlink that points back to an ancestor from
                // recursing forever until the path fails with ELOOP / ENAMETOOLONG
                // (issue #541).
                const realDir = self.fs.realpathSync(path);
                if (!visited.has(realDir)) {
                    visited.add(realDir);
                    files = files.concat(findSync(path, pattern, recursive, visited));
                }
            }
        });
        return files;
    }

    return findSync(path, undefined, true, new Set([rootReal]));
};

/**
 * Callback for showing if everything was done.
 *
 * @callback filelistCallback
 * @param {Error} err - Error object
 * @param {string[]} list - was request fully completed
 */

/**
 *
 * @param {string} dir
 * @param {filelistCallback} cb
 */
Utils.prototype.findFilesAsync = function (dir, cb) {
    const self = this;
    const results = [];
    let finished = false;
    const finish = function (err) {
        if (finished) return;
        finished = true;
        cb(err, err ? undefined : results);
    };

    const canLstat = typeof self.fs.lstat === "function";
    let rootReal = null;

    // Reject a symlink whose target escapes the root being archived, so its
    // contents are not dereferenced and copied into the archive
    // (GHSA-wx42-xcp7-pgr4). A symlink resolving to a location inside the root is
    // allowed; a dangling or escaping one is skipped. Calls back (err, escapes).
    const escapesRoot = function (file, cb) {
        if (!canLstat) return cb(null, false);
        self.fs.lstat(file, function (err, lst) {
            if (err) return cb(err);
            if (!lst || !lst.isSymbolicLink()) return cb(null, false);
            self.fs.realpath(file, function (err, real) {
                if (err) return cb(null, true); // dangling: do not follow
                cb(null, !(real === rootReal || real.startsWith(rootReal + pth.sep)));
            });
        });
    };

    // Descend by resolved real path and skip directories already visited, so a
    // symlink pointing back to an ancestor cannot recurse forever (issue #541).
    const walk = function (dir, visited, done) {
        self.fs.readdir(dir, function (err, list) {
            if (err) return done(err);
            let pending = list.length;
            if (!pending) return done();
            list.forEach(function (name) {
                const file = pth.join(dir, name);
                escapesRoot(file, function (err, escapes) {
                    if (err) return done(err);
                    if (escapes) {
                        if (!--pending) done();
                        return;
                    }
                    self.fs.stat(file, function (err, stat) {
                        if (err) return done(err);
                        if (!stat) {
                            if (!--pending) done();
                            return;
                        }
                        results.push(pth.normalize(file) + (stat.isDirectory() ? self.sep : ""));
                        if (!stat.isDirectory()) {
                            if (!--pending) done();
                            return;
                        }
                        self.fs.realpath(file, function (err, realDir) {
                            if (err) return done(err);
                            if (visited.has(realDir)) {
                                if (!--pending) done();
                                return;
                            }
                            visited.add(realDir);
                            walk(file, visited, function (err) {
                                if (err) return done(err);
                                if (!--pending) done();
                            });
                        });
                    });
                });
            });
        });
    };

    self.fs.realpath(dir, function (err, realDir) {
        if (err) return finish(err);
        rootReal = realDir;
        walk(dir, new Set([realDir]), finish);
    });
};

Utils.prototype.getAttributes = function () {};

Utils.prototype.setAttributes = function () {};

// STATIC functions

// crc32 single update (it is part of crc32)
Utils.crc32update = function (crc, byte) {
    return crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
};

Utils.crc32 = function (buf) {
    if (typeof buf === "string") {
        buf = Buffer.from(buf, "utf8");
    }

    let len = buf.length;
    let crc = ~0;
    for (let off = 0; off < len; ) crc = Utils.crc32update(crc, buf[off++]);
    // xor and cast as uint32 number
    return ~crc >>> 0;
};

Utils.methodToString = function (/*Number*/ method) {
    switch (method) {
        case Constants.STORED:
            return "STORED (" + method + ")";
        case Constants.DEFLATED:
            return "DEFLATED (" + method + ")";
        default:
            return "UNSUPPORTED (" + method + ")";
    }
};

/**
 * removes ".." style path elements
 * @param {string} path - fixable path
 * @returns string - fixed filepath
 */
Utils.canonical = function (/*string*/ path) {
    if (!path) return "";
    // trick normalize think path is absolute
    const safeSuffix = pth.posix.normalize("/" + path.split("\\").join("/"));
    return pth.join(".", safeSuffix);
};

/**
 * fix file names in achive
 * @param {string} path - fixable path
 * @returns string - fixed filepath
 */

Utils.zipnamefix = function (path) {
    if (!path) return "";
    // trick normalize think path is absolute
    const safeSuffix = pth.posix.normalize("/" + path.split("\\").join("/"));
    return pth.posix.join(".", safeSuffix);
};

/**
 *
 * @param {Array} arr
 * @param {function} callback
 * @returns
 */
Utils.findLast = function (arr, callback) {
    if (!Array.isArray(arr)) throw new TypeError("arr is not array");

    const len = arr.length >>> 0;
    for (let i = len - 1; i >= 0; i--) {
        if (callback(arr[i], i, arr)) {
            return arr[i];
        }
    }
    return void 0;
};

// make absolute paths taking prefix as root folder
Utils.sanitize = function (/*string*/ prefix, /*string*/ name) {
    prefix = pth.resolve(pth.normalize(prefix));
    var parts = name.split("/");
    for (var i = 0, l = parts.length; i < l; i++) {
        var path = pth.normalize(pth.join(prefix, parts.slice(i, l).join(pth.sep)));
        if (path === prefix || path.startsWith(prefix + pth.sep)) {
            return path;
        }
    }
    return pth.normalize(pth.join(prefix, pth.basename(name)));
};

// converts buffer, Uint8Array, string types to buffer
Utils.toBuffer = function toBuffer(/*buffer, Uint8Array, string*/ input, /* function */ encoder) {
    if (Buffer.isBuffer(input)) {
        return input;
    } else if (input instanceof Uint8Array) {
        return Buffer.from(input);
    } else {
        // expect string all other values are invalid and return empty buffer
        return typeof input === "string" ? encoder(input) : Buffer.alloc(0);
    }
};

Utils.readBigUInt64LE = function (/*Buffer*/ buffer, /*int*/ index) {
    const lo = buffer.readUInt32LE(index);
    const hi = buffer.readUInt32LE(index + 4);
    const value = hi * 0x100000000 + lo;
    // The result is a JS number, so values above 2^53 - 1 cannot be represented
    // exactly. These are zip64 sizes/offsets/counts used as buffer indices; a
    // silently rounded value would misparse the archive. Reject instead.
    if (value > Number.MAX_SAFE_INTEGER) {
        throw Errors.ZIP64_VALUE_TOO_LARGE();
    }
    return value;
};

Utils.writeBigUInt64LE = function (/*Buffer*/ buffer, /*Number*/ value, /*int*/ index) {
    const lo = value >>> 0;
    const hi = Math.floor(value / 0x100000000) >>> 0;
    buffer.writeUInt32LE(lo, index);
    buffer.writeUInt32LE(hi, index + 4);
};

Utils.fromDOS2Date = function (val) {
    return new Date(((val >> 25) & 0x7f) + 1980, Math.max(((val >> 21) & 0x0f) - 1, 0), Math.max((val >> 16) & 0x1f, 1), (val >> 11) & 0x1f, (val >> 5) & 0x3f, (val & 0x1f) << 1);
};

Utils.fromDate2DOS = function (val) {
    let date = 0;
    let time = 0;
    if (val.getFullYear() > 1979) {
        date = (((val.getFullYear() - 1980) & 0x7f) << 9) | ((val.getMonth() + 1) << 5) | val.getDate();
        time = (val.getHours() << 11) | (val.getMinutes() << 5) | (val.getSeconds() >> 1);
    }
    return (date << 16) | time;
};

Utils.isWin = isWin; // Do we have windows system
Utils.crcTable = crcTable;


/***/ }),

/***/ 2609:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var Utils = __nccwpck_require__(5391),
    Headers = __nccwpck_require__(1907),
    Constants = Utils.Constants,
    Methods = __nccwpck_require__(3667);

module.exports = function (/** object */ options, /*Buffer*/ input) {
    var _centralHeader = new Headers.EntryHeader(),
        _entryName = Buffer.alloc(0),
        _comment = Buffer.alloc(0),
        _isDirectory = false,
        uncompressedData = null,
        _extra = Buffer.alloc(0),
        _extralocal = Buffer.alloc(0),
        _efs = true;

    // assign options
    const opts = options;

    const decoder = typeof opts.decoder === "object" ? opts.decoder : Utils.decoder;
    _efs = decoder.hasOwnProperty("efs") ? decoder.efs : false;

    function getCompressedDataFromZip() {
        //if (!input || !Buffer.isBuffer(input)) {
        if (!input || !(input instanceof Uint8Array)) {
            return Buffer.alloc(0);
        }
        _extralocal = _centralHeader.loadLocalHeaderFromBinary(input);
        const dataOffset = _centralHeader.realDataOffset;
        const dataEnd = dataOffset + _centralHeader.compressedSize;
        // The offsets and sizes come from attacker-controlled headers. Require the
        // declared compressed extent to be fully present rather than letting slice()
        // silently clamp to a short buffer (which only surfaces later as a CRC
        // failure). Fail loudly with a header error instead (GHSA-wwrv-q5gf-5843).
        if (dataOffset < 0 || dataEnd < dataOffset || dataEnd > input.length) {
            throw Utils.Errors.INVALID_LOC();
        }
        return input.slice(dataOffset, dataEnd);
    }

    function crc32OK(data) {
        // When bit 3 (0x08) of the general-purpose flags is set, the crc-32 and
        // sizes were unknown when the local file header was written, so that
        // header carries placeholder zeros and the real values are repeated in a
        // data descriptor after the compressed data. adm-zip always parses the
        // central directory, whose header holds the authoritative crc-32 and
        // sizes, so we validate the payload against that value.
        //
        // Earlier versions instead located and parsed the trailing descriptor and
        // threw when it was absent or in an unexpected shape. Many valid archives
        // set the descriptor flag but write the real crc/sizes into the local and
        // central headers without emitting a descriptor (or write one we did not
        // recognise), so that strict handling rejected readable zips
        // (issues #533, #548, #554). Trusting the central-directory crc keeps the
        // integrity check while accepting those archives.
        const expectedCrc = _centralHeader.flags_desc || _centralHeader.localHeader.flags_desc ? _centralHeader.crc : _centralHeader.localHeader.crc;

        return Utils.crc32(data) === expectedCrc;
    }

    function decompress(/*Boolean*/ async, /*Function*/ callback, /*String, Buffer*/ pass) {
        if (typeof callback === "undefined" && typeof async === "string") {
            pass = async;
            async = void 0;
        }
        if (_isDirectory) {
            if (async && callback) {
                callback(Buffer.alloc(0), Utils.Errors.DIRECTORY_CONTENT_ERROR()); //si added error.
            }
            return Buffer.alloc(0);
        }

        var compressedData;
        try {
            compressedData = getCompressedDataFromZip();

            if (compressedData.length === 0) {
                // File is empty, nothing to decompress.
                if (async && callback) callback(compressedData);
                return compressedData;
            }

            if (_centralHeader.encrypted) {
                if ("string" !== typeof pass && !Buffer.isBuffer(pass)) {
                    throw Utils.Errors.INVALID_PASS_PARAM();
                }
                compressedData = Methods.ZipCrypto.decrypt(compressedData, _centralHeader, pass);
            }
        } catch (err) {
            // These synchronous parse/setup steps run before any callback fires.
            // In async mode a malformed local header (e.g. a bad LOC offset) would
            // otherwise throw out of getDataAsync and bypass the callback error
            // channel, crashing the caller. Route it through the callback instead.
            if (async && callback) {
                callback(Buffer.alloc(0), err);
                return Buffer.alloc(0);
            }
            throw err;
        }

        var data;

        switch (_centralHeader.method) {
            case Utils.Constants.STORED:
                // STORED entries are not compressed, so the uncompressed output is
                // exactly the bytes present in the archive. Allocate from the real
                // data length rather than the attacker-declared central-directory
                // size, otherwise a tiny archive can declare a huge size and force a
                // multi-gigabyte allocation before any validation (CVE-2026-39244).
                data = Buffer.alloc(compressedData.length);
                compressedData.copy(data);
                if (!crc32OK(data)) {
                    if (async && callback) callback(data, Utils.Errors.BAD_CRC()); //si added error
                    throw Utils.Errors.BAD_CRC();
                } else {
                    //si added otherwise did not seem to return data.
                    if (async && callback) callback(data);
                    return data;
                }
            case Utils.Constants.DEFLATED:
                // Do not pre-allocate the declared uncompressed size. The inflater
                // grows its output buffer as zlib emits data and caps the total at
                // the declared size (maxOutputLength), so a bogus size can no longer
                // trigger an eager allocation before the data is read (CVE-2026-39244).
                var inflater = new Methods.Inflater(compressedData, _centralHeader.size);
                if (!async) {
                    data = inflater.inflate();
                    if (!crc32OK(data)) {
                        throw Utils.Errors.BAD_CRC(`"${decoder.decode(_entryName)}"`);
                    }
                    return data;
                } else {
                    inflater.inflateAsync(function (result, err) {
                        if (!callback) return;
                        if (err) {
                            // surface inflater/stream failures instead of validating
                            // the empty placeholder buffer against the CRC
                            callback(Buffer.alloc(0), err);
                        } else if (!crc32OK(result)) {
                            callback(result, Utils.Errors.BAD_CRC()); //si added error
                        } else {
                            callback(result);
                        }
                    });
                }
                break;
            default:
                if (async && callback) callback(Buffer.alloc(0), Utils.Errors.UNKNOWN_METHOD());
                throw Utils.Errors.UNKNOWN_METHOD();
        }
    }

    function compress(/*Boolean*/ async, /*Function*/ callback) {
        if ((!uncompressedData || !uncompressedData.length) && Buffer.isBuffer(input)) {
            // no data set or the data wasn't changed to require recompression
            if (async && callback) callback(getCompressedDataFromZip());
            return getCompressedDataFromZip();
        }

        if (uncompressedData.length && !_isDirectory) {
            var compressedData;
            // Local file header
            switch (_centralHeader.method) {
                case Utils.Constants.STORED:
                    _centralHeader.compressedSize = _centralHeader.size;

                    compressedData = Buffer.alloc(uncompressedData.length);
                    uncompressedData.copy(compressedData);

                    if (async && callback) callback(compressedData);
                    return compressedData;
                default:
                case Utils.Constants.DEFLATED:
                    var deflater = new Methods.Deflater(uncompressedData);
                    if (!async) {
                        var deflated = deflater.deflate();
                        _centralHeader.compressedSize = deflated.length;
                        return deflated;
                    } else {
                        deflater.deflateAsync(function (data) {
                            compressedData = Buffer.alloc(data.length);
                            _centralHeader.compressedSize = data.length;
                            data.copy(compressedData);
                            callback && callback(compressedData);
                        });
                    }
                    deflater = null;
                    break;
            }
        } else if (async && callback) {
            callback(Buffer.alloc(0));
        } else {
            return Buffer.alloc(0);
        }
    }

    function readUInt64LE(buffer, offset) {
        return Utils.readBigUInt64LE(buffer, offset);
    }

    function parseExtra(data) {
        try {
            var offset = 0;
            var signature, size, part;
            while (offset + 4 < data.length) {
                signature = data.readUInt16LE(offset);
                offset += 2;
                size = data.readUInt16LE(offset);
                offset += 2;
                part = data.slice(offset, offset + size);
                offset += size;
                if (Constants.ID_ZIP64 === signature) {
                    parseZip64ExtendedInformation(part);
                }
            }
        } catch (error) {
            throw Utils.Errors.EXTRA_FIELD_PARSE_ERROR();
        }
    }

    //Override header field values with values from the ZIP64 extra field
    function parseZip64ExtendedInformation(data) {
        var size, compressedSize, offset, diskNumStart;

        if (data.length >= Constants.EF_ZIP64_SCOMP) {
            size = readUInt64LE(data, Constants.EF_ZIP64_SUNCOMP);
            if (_centralHeader.size === Constants.EF_ZIP64_OR_32) {
                _centralHeader.size = size;
            }
        }
        if (data.length >= Constants.EF_ZIP64_RHO) {
            compressedSize = readUInt64LE(data, Constants.EF_ZIP64_SCOMP);
            if (_centralHeader.compressedSize === Constants.EF_ZIP64_OR_32) {
                _centralHeader.compressedSize = compressedSize;
            }
        }
        if (data.length >= Constants.EF_ZIP64_DSN) {
            offset = readUInt64LE(data, Constants.EF_ZIP64_RHO);
            if (_centralHeader.offset === Constants.EF_ZIP64_OR_32) {
                _centralHeader.offset = offset;
            }
        }
        if (data.length >= Constants.EF_ZIP64_DSN + 4) {
            diskNumStart = data.readUInt32LE(Constants.EF_ZIP64_DSN);
            if (_centralHeader.diskNumStart === Constants.EF_ZIP64_OR_16) {
                _centralHeader.diskNumStart = diskNumStart;
            }
        }
    }

    return {
        get entryName() {
            return decoder.decode(_entryName);
        },
        get rawEntryName() {
            return _entryName;
        },
        set entryName(val) {
            _entryName = Utils.toBuffer(val, decoder.encode);
            var lastChar = _entryName[_entryName.length - 1];
            _isDirectory = lastChar === 47 || lastChar === 92;
            _centralHeader.fileNameLength = _entryName.length;
        },

        get efs() {
            if (typeof _efs === "function") {
                return _efs(this.entryName);
            } else {
                return _efs;
            }
        },

        get extra() {
            return _extra;
        },
        set extra(val) {
            _extra = val;
            _centralHeader.extraLength = val.length;
            parseExtra(val);
        },

        get comment() {
            return decoder.decode(_comment);
        },
        set comment(val) {
            _comment = Utils.toBuffer(val, decoder.encode);
            _centralHeader.commentLength = _comment.length;
            if (_comment.length > 0xffff) throw Utils.Errors.COMMENT_TOO_LONG();
        },

        get name() {
            const n = decoder.decode(_entryName);
            // For directories the name is the last path segment; drop the trailing
            // separator first so "a/b/c/" yields "c" and not "" (issue #466).
            return _isDirectory
                ? n
                      .replace(/[/\\]$/, "")
                      .split("/")
                      .pop()
                : n.split("/").pop();
        },
        get isDirectory() {
            return _isDirectory;
        },

        getCompressedData: function () {
            return compress(false, null);
        },

        getCompressedDataAsync: function (/*Function*/ callback) {
            compress(true, callback);
        },

        setData: function (value) {
            uncompressedData = Utils.toBuffer(value, Utils.decoder.encode);
            if (!_isDirectory && uncompressedData.length) {
                _centralHeader.size = uncompressedData.length;
                _centralHeader.method = Utils.Constants.DEFLATED;
                _centralHeader.crc = Utils.crc32(value);
                _centralHeader.changed = true;
            } else {
                // folders and blank files should be stored
                _centralHeader.method = Utils.Constants.STORED;
            }
        },

        getData: function (pass) {
            if (_centralHeader.changed) {
                return uncompressedData;
            } else {
                return decompress(false, null, pass);
            }
        },

        getDataAsync: function (/*Function*/ callback, pass) {
            if (_centralHeader.changed) {
                callback(uncompressedData);
            } else {
                decompress(true, callback, pass);
            }
        },

        set attr(attr) {
            _centralHeader.attr = attr;
        },
        get attr() {
            return _centralHeader.attr;
        },

        set header(/*Buffer*/ data) {
            _centralHeader.loadFromBinary(data);
        },

        get header() {
            return _centralHeader;
        },

        packCentralHeader: function () {
            _centralHeader.flags_efs = this.efs;
            _centralHeader.extraLength = _extra.length;
            // 1. create header (buffer)
            var header = _centralHeader.centralHeaderToBinary();
            var addpos = Utils.Constants.CENHDR;
            // 2. add file name
            _entryName.copy(header, addpos);
            addpos += _entryName.length;
            // 3. add extra data
            _extra.copy(header, addpos);
            addpos += _centralHeader.extraLength;
            // 4. add file comment
            _comment.copy(header, addpos);
            return header;
        },

        packLocalHeader: function () {
            let addpos = 0;
            _centralHeader.flags_efs = this.efs;
            _centralHeader.extraLocalLength = _extralocal.length;
            // 1. construct local header Buffer
            const localHeaderBuf = _centralHeader.localHeaderToBinary();
            // 2. localHeader - crate header buffer
            const localHeader = Buffer.alloc(localHeaderBuf.length + _entryName.length + _centralHeader.extraLocalLength);
            // 2.1 add localheader
            localHeaderBuf.copy(localHeader, addpos);
            addpos += localHeaderBuf.length;
            // 2.2 add file name
            _entryName.copy(localHeader, addpos);
            addpos += _entryName.length;
            // 2.3 add extra field
            _extralocal.copy(localHeader, addpos);
            addpos += _extralocal.length;

            return localHeader;
        },

        toJSON: function () {
            const bytes = function (nr) {
                return "<" + ((nr && nr.length + " bytes buffer") || "null") + ">";
            };

            return {
                entryName: this.entryName,
                name: this.name,
                comment: this.comment,
                isDirectory: this.isDirectory,
                header: _centralHeader.toJSON(),
                compressedData: bytes(input),
                data: bytes(uncompressedData)
            };
        },

        toString: function () {
            return JSON.stringify(this.toJSON(), null, "\t");
        }
    };
};


/***/ }),

/***/ 6991:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const ZipEntry = __nccwpck_require__(2609);
const Headers = __nccwpck_require__(1907);
const Utils = __nccwpck_require__(5391);

module.exports = function (/*Buffer|null*/ inBuffer, /** object */ options) {
    var entryList = [],
        // prototype-less: entry names come from untrusted input, so keys like
        // "__proto__" or "constructor" must be plain data, not touch the prototype
        // chain (which otherwise crashes addFile and hides such entries)
        entryTable = Object.create(null),
        _comment = Buffer.alloc(0),
        mainHeader = new Headers.MainHeader(),
        loadedEntries = false;
    var password = null;
    const temporary = new Set();

    // assign options
    const opts = options;

    const { noSort, decoder } = opts;

    if (inBuffer) {
        // is a memory buffer
        readMainHeader(opts.readEntries);
    } else {
        // none. is a new file
        loadedEntries = true;
    }

    function makeTemporaryFolders() {
        const foldersList = new Set();

        // Make list of all folders in file
        for (const elem of Object.keys(entryTable)) {
            const elements = elem.split("/");
            elements.pop(); // filename
            if (!elements.length) continue; // no folders
            for (let i = 0; i < elements.length; i++) {
                const sub = elements.slice(0, i + 1).join("/") + "/";
                foldersList.add(sub);
            }
        }

        // create missing folders as temporary
        for (const elem of foldersList) {
            if (!(elem in entryTable)) {
                const tempfolder = new ZipEntry(opts);
                tempfolder.entryName = elem;
                tempfolder.attr = 0x10;
                tempfolder.temporary = true;
                entryList.push(tempfolder);
                entryTable[tempfolder.entryName] = tempfolder;
                temporary.add(tempfolder);
            }
        }
    }

    function readEntries() {
        loadedEntries = true;
        entryTable = Object.create(null);
        if (mainHeader.diskEntries > (inBuffer.length - mainHeader.offset) / Utils.Constants.CENHDR) {
            throw Utils.Errors.DISK_ENTRY_TOO_LARGE();
        }
        entryList = new Array(mainHeader.diskEntries); // total number of entries
        var index = mainHeader.offset; // offset of first CEN header
        for (var i = 0; i < entryList.length; i++) {
            var tmp = index,
                entry = new ZipEntry(opts, inBuffer);
            entry.header = inBuffer.slice(tmp, (tmp += Utils.Constants.CENHDR));

            entry.entryName = inBuffer.slice(tmp, (tmp += entry.header.fileNameLength));

            if (entry.header.extraLength) {
                entry.extra = inBuffer.slice(tmp, (tmp += entry.header.extraLength));
            }

            if (entry.header.commentLength) entry.comment = inBuffer.slice(tmp, tmp + entry.header.commentLength);

            index += entry.header.centralHeaderSize;

            // Reject archives that declare the same entry name twice. adm-zip keeps
            // every entry in entryList but only the last in entryTable, so getEntry()
            // (table) and extractAllTo() (list) could resolve one name to different
            // content: an app that validates entry bytes via getEntry() before
            // extracting could approve one file while a different one lands on disk
            // (GHSA-p634-w6r4-rjp2). Fail closed on the ambiguity.
            if (entry.entryName in entryTable) {
                throw Utils.Errors.DUPLICATE_ENTRY(`"${entry.entryName}"`);
            }

            entryList[i] = entry;
            entryTable[entry.entryName] = entry;
        }
        temporary.clear();
        makeTemporaryFolders();
    }

    function readMainHeader(/*Boolean*/ readNow) {
        var i = inBuffer.length - Utils.Constants.ENDHDR, // END header size
            max = Math.max(0, i - 0xffff), // 0xFFFF is the max zip file comment length
            n = max,
            endStart = inBuffer.length,
            endOffset = -1, // Start offset of the END header
            commentEnd = 0;

        // option to search header form entire file
        const trailingSpace = typeof opts.trailingSpace === "boolean" ? opts.trailingSpace : false;
        if (trailingSpace) max = 0;

        for (i; i >= n; i--) {
            if (inBuffer[i] !== 0x50) continue; // quick check that the byte is 'P'
            if (inBuffer.readUInt32LE(i) === Utils.Constants.ENDSIG) {
                // "PK\005\006"
                endOffset = i;
                commentEnd = i;
                endStart = i + Utils.Constants.ENDHDR;
                // We already found a regular signature, let's look just a bit further to check if there's any zip64 signature
                n = i - Utils.Constants.END64HDR;
                continue;
            }

            if (inBuffer.readUInt32LE(i) === Utils.Constants.END64SIG) {
                // Found a zip64 signature, let's continue reading the whole zip64 record
                n = max;
                continue;
            }

            if (inBuffer.readUInt32LE(i) === Utils.Constants.ZIP64SIG) {
                // Found the zip64 record, let's determine it's size
                endOffset = i;
                endStart = i + Utils.readBigUInt64LE(inBuffer, i + Utils.Constants.ZIP64SIZE) + Utils.Constants.ZIP64LEAD;
                break;
            }
        }

        if (endOffset == -1) throw Utils.Errors.INVALID_FORMAT();

        mainHeader.loadFromBinary(inBuffer.slice(endOffset, endStart));
        if (mainHeader.commentLength) {
            _comment = inBuffer.slice(commentEnd + Utils.Constants.ENDHDR);
        }
        if (readNow) readEntries();
    }

    function sortEntries() {
        if (entryList.length > 1 && !noSort) {
            // Decode + lowercase each name once rather than on every comparison:
            // the entryName getter re-decodes the underlying buffer on each access,
            // so the previous inline comparator did O(n log n) redundant decoding.
            // Ordering is unchanged (same localeCompare on the same keys).
            entryList = entryList
                .map((entry) => ({ entry, key: entry.entryName.toLowerCase() }))
                .sort((a, b) => a.key.localeCompare(b.key))
                .map((pair) => pair.entry);
        }
    }

    return {
        /**
         * Returns an array of ZipEntry objects existent in the current opened archive
         * @return Array
         */
        get entries() {
            if (!loadedEntries) {
                readEntries();
            }
            return entryList.filter((e) => !temporary.has(e));
        },

        /**
         * Archive comment
         * @return {String}
         */
        get comment() {
            return decoder.decode(_comment);
        },
        set comment(val) {
            _comment = Utils.toBuffer(val, decoder.encode);
            mainHeader.commentLength = _comment.length;
        },

        getEntryCount: function () {
            if (!loadedEntries) {
                return mainHeader.diskEntries;
            }

            return entryList.length;
        },

        forEach: function (callback) {
            this.entries.forEach(callback);
        },

        /**
         * Returns a reference to the entry with the given name or null if entry is inexistent
         *
         * @param entryName
         * @return ZipEntry
         */
        getEntry: function (/*String*/ entryName) {
            if (!loadedEntries) {
                readEntries();
            }
            return entryTable[entryName] || null;
        },

        /**
         * Adds the given entry to the entry list
         *
         * @param entry
         */
        setEntry: function (/*ZipEntry*/ entry) {
            if (!loadedEntries) {
                readEntries();
            }
            entryList.push(entry);
            entryTable[entry.entryName] = entry;
            mainHeader.totalEntries = entryList.length;
        },

        /**
         * Removes the file with the given name from the entry list.
         *
         * If the entry is a directory, then all nested files and directories will be removed
         * @param entryName
         * @returns {void}
         */
        deleteFile: function (/*String*/ entryName, withsubfolders = true) {
            if (!loadedEntries) {
                readEntries();
            }
            const entry = entryTable[entryName];
            const list = this.getEntryChildren(entry, withsubfolders).map((child) => child.entryName);

            list.forEach(this.deleteEntry);
        },

        /**
         * Removes the entry with the given name from the entry list.
         *
         * @param {string} entryName
         * @returns {void}
         */
        deleteEntry: function (/*String*/ entryName) {
            if (!loadedEntries) {
                readEntries();
            }
            const entry = entryTable[entryName];
            const index = entryList.indexOf(entry);
            if (index >= 0) {
                entryList.splice(index, 1);
                delete entryTable[entryName];
                mainHeader.totalEntries = entryList.length;
            }
        },

        /**
         *  Iterates and returns all nested files and directories of the given entry
         *
         * @param entry
         * @return Array
         */
        getEntryChildren: function (/*ZipEntry*/ entry, subfolders = true) {
            if (!loadedEntries) {
                readEntries();
            }
            if (typeof entry === "object") {
                if (entry.isDirectory && subfolders) {
                    const list = [];
                    const name = entry.entryName;

                    for (const zipEntry of entryList) {
                        if (zipEntry.entryName.startsWith(name)) {
                            list.push(zipEntry);
                        }
                    }
                    return list;
                } else {
                    return [entry];
                }
            }
            return [];
        },

        /**
         *  How many child elements entry has
         *
         * @param {ZipEntry} entry
         * @return {integer}
         */
        getChildCount: function (entry) {
            if (entry && entry.isDirectory) {
                const list = this.getEntryChildren(entry);
                return list.includes(entry) ? list.length - 1 : list.length;
            }
            return 0;
        },

        /**
         * Returns the zip file
         *
         * @return Buffer
         */
        compressToBuffer: function () {
            if (!loadedEntries) {
                readEntries();
            }
            sortEntries();

            const dataBlock = [];
            const headerBlocks = [];
            let totalSize = 0;
            let dindex = 0;

            mainHeader.size = 0;
            mainHeader.offset = 0;
            let totalEntries = 0;

            for (const entry of this.entries) {
                // compress data and set local and entry header accordingly. Reason why is called first
                const compressedData = entry.getCompressedData();
                entry.header.offset = dindex;

                // 1. construct local header
                const localHeader = entry.packLocalHeader();

                // 2. offsets
                const dataLength = localHeader.length + compressedData.length;
                dindex += dataLength;

                // 3. store values in sequence
                dataBlock.push(localHeader);
                dataBlock.push(compressedData);

                // 4. construct central header
                const centralHeader = entry.packCentralHeader();
                headerBlocks.push(centralHeader);
                // 5. update main header
                mainHeader.size += centralHeader.length;
                totalSize += dataLength + centralHeader.length;
                totalEntries++;
            }

            totalSize += mainHeader.mainHeaderSize; // also includes zip file comment length
            // point to end of data and beginning of central directory first record
            mainHeader.offset = dindex;
            mainHeader.totalEntries = totalEntries;

            dindex = 0;
            const outBuffer = Buffer.alloc(totalSize);
            // write data blocks
            for (const content of dataBlock) {
                content.copy(outBuffer, dindex);
                dindex += content.length;
            }

            // write central directory entries
            for (const content of headerBlocks) {
                content.copy(outBuffer, dindex);
                dindex += content.length;
            }

            // write main header
            const mh = mainHeader.toBinary();
            if (_comment) {
                _comment.copy(mh, mh.length - _comment.length); // add zip file comment
            }
            mh.copy(outBuffer, dindex);

            // Since we update entry and main header offsets,
            // they are no longer valid and we have to reset content
            // (Issue 64)

            inBuffer = outBuffer;
            loadedEntries = false;

            return outBuffer;
        },

        toAsyncBuffer: function (/*Function*/ onSuccess, /*Function*/ onFail, /*Function*/ onItemStart, /*Function*/ onItemEnd) {
            try {
                if (!loadedEntries) {
                    readEntries();
                }
                sortEntries();

                const dataBlock = [];
                const centralHeaders = [];
                let totalSize = 0;
                let dindex = 0;
                let totalEntries = 0;

                mainHeader.size = 0;
                mainHeader.offset = 0;

                const compress2Buffer = function (entryLists) {
                    if (entryLists.length > 0) {
                        const entry = entryLists.shift();
                        const name = entry.entryName + entry.extra.toString();
                        if (onItemStart) onItemStart(name);
                        entry.getCompressedDataAsync(function (compressedData) {
                            if (onItemEnd) onItemEnd(name);
                            entry.header.offset = dindex;

                            // 1. construct local header
                            const localHeader = entry.packLocalHeader();

                            // 2. offsets
                            const dataLength = localHeader.length + compressedData.length;
                            dindex += dataLength;

                            // 3. store values in sequence
                            dataBlock.push(localHeader);
                            dataBlock.push(compressedData);

                            // central header
                            const centalHeader = entry.packCentralHeader();
                            centralHeaders.push(centalHeader);
                            mainHeader.size += centalHeader.length;
                            totalSize += dataLength + centalHeader.length;
                            totalEntries++;

                            compress2Buffer(entryLists);
                        });
                    } else {
                        totalSize += mainHeader.mainHeaderSize; // also includes zip file comment length
                        // point to end of data and beginning of central directory first record
                        mainHeader.offset = dindex;
                        mainHeader.totalEntries = totalEntries;

                        dindex = 0;
                        const outBuffer = Buffer.alloc(totalSize);
                        dataBlock.forEach(function (content) {
                            content.copy(outBuffer, dindex); // write data blocks
                            dindex += content.length;
                        });
                        centralHeaders.forEach(function (content) {
                            content.copy(outBuffer, dindex); // write central directory entries
                            dindex += content.length;
                        });

                        const mh = mainHeader.toBinary();
                        if (_comment) {
                            _comment.copy(mh, mh.length - _comment.length); // add zip file comment
                        }

                        mh.copy(outBuffer, dindex); // write main header

                        // Since we update entry and main header offsets, they are no
                        // longer valid and we have to reset content using our new buffer
                        // (Issue 64)

                        inBuffer = outBuffer;
                        loadedEntries = false;

                        onSuccess(outBuffer);
                    }
                };

                compress2Buffer(Array.from(this.entries));
            } catch (e) {
                onFail(e);
            }
        }
    };
};


/***/ }),

/***/ 3251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 6854:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ findCapacitorAppId),
/* harmony export */   g: () => (/* binding */ resolvePublishVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _manifest_versions_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7064);
// Where inputs left empty get their values: the pushed tag, package.json, capacitor.config.




/** publish: the `version` input, else a pushed `v1.2.3` tag, else the nearest package.json. */
function resolvePublishVersion(input, pushedTag, folder, workspace) {
    if (input)
        return { version: (0,_manifest_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReleaseVersion */ .LQ)(input, 'version'), source: 'the version input' };
    if (pushedTag && /^v?\d/.test(pushedTag)) {
        return {
            version: versionFromTag(pushedTag),
            source: `the pushed tag ${pushedTag}`,
        };
    }
    const found = nearestPackageVersion(folder, workspace);
    if (found) {
        return {
            version: (0,_manifest_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReleaseVersion */ .LQ)(found.version, 'version'),
            source: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, found.file) || found.file,
        };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('version', 'empty, the run was not triggered by a v1.2.3 tag, and no package.json with a version ' +
        `was found from ${folder} up to ${workspace}. Set \`version: 1.2.3\`.`);
}
// The user set no `version`: say that the value came from their tag.
function versionFromTag(tag) {
    try {
        return (0,_manifest_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReleaseVersion */ .LQ)(tag, 'version');
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('version', `empty, and the pushed tag ${tag} is not a version: tags must read like v1.2.3 ` +
            '(three numbers, an optional -prerelease). Push such a tag, or set `version: 1.2.3`.');
    }
}
function nearestPackageVersion(folder, workspace) {
    const top = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(folder);; dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json');
        const version = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? readJson(file)?.version : undefined;
        if (typeof version === 'string' && version)
            return { version, file };
        if (dir === top || dir === node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir) || !isInside(dir, top))
            return undefined;
    }
}
/** The app id from capacitor.config.json or .ts, searched from `folder` up to the workspace. */
function findCapacitorAppId(folder, workspace) {
    const top = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(folder);; dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir)) {
        const appId = appIdIn(dir);
        if (appId)
            return appId;
        if (dir === top || dir === node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir) || !isInside(dir, top))
            return undefined;
    }
}
function appIdIn(dir) {
    const json = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'capacitor.config.json');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(json)) {
        const appId = readJson(json)?.appId;
        if (typeof appId === 'string' && appId)
            return appId;
        throw unreadableAppId(json);
    }
    for (const name of ['capacitor.config.ts', 'capacitor.config.js', 'capacitor.config.mjs']) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            continue;
        // The config is code; the app id is nearly always a literal, which a pattern finds safely
        // once comments (often an old appId kept for reference) are out of the way.
        const code = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/^\s*\/\/.*$/gm, '');
        const match = /\bappId\s*:\s*(['"`])([^'"`]+)\1/.exec(code);
        if (match?.[2])
            return match[2];
        throw unreadableAppId(file);
    }
    return undefined;
}
// Guessing would put the wrong id in the manifest, and the responder would refuse every device.
function unreadableAppId(file) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('app-id', `empty, and ${file} has no appId written as a plain string (it may be computed). ` +
        'Set `app-id: com.example.app`.');
}
function readJson(file) {
    try {
        const value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function isInside(dir, top) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(top, dir);
    return !relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative);
}


/***/ }),

/***/ 1709:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ prepareBundle)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/log.ts
const silentLog = { info() { }, warning() { }, debug() { } };

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/bundle/folder-host.ts
// The file-system calls the bundle builder makes, behind an interface so that the same walk
// runs over a Windows-style tree in tests (with `path.win32`) as over the real disk.


function kindOf(entry) {
    if (entry.isFile())
        return 'file';
    if (entry.isDirectory())
        return 'directory';
    if (entry.isSymbolicLink())
        return 'symlink';
    return 'other';
}
// Synchronous calls on purpose: a build output sits in the page cache, where a stat or read
// costs a few microseconds, less than a trip to libuv's thread pool, and that pool is better
// left to deflate. Measured on a 6,000-file build: the walk drops from 170 to 45 ms.
const nodeFolderHost = {
    path: (external_node_path_default()),
    async stat(target) {
        try {
            const found = (0,external_node_fs_.statSync)(target);
            return { kind: kindOf(found), size: found.size };
        }
        catch (error) {
            if (isMissing(error))
                return undefined;
            throw error;
        }
    },
    async readdir(dir) {
        const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        return entries.map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
    },
    realpath: async (target) => (0,external_node_fs_.realpathSync)(target),
    readExactly: async (file, target) => readExactlySync(file, target),
};
const probe = Buffer.alloc(1);
function readExactlySync(file, target) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        for (let filled = 0; filled < target.length;) {
            const read = (0,external_node_fs_.readSync)(fd, target, filled, target.length - filled, null);
            if (read === 0)
                return false;
            filled += read;
        }
        return (0,external_node_fs_.readSync)(fd, probe, 0, 1, null) === 0;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function isMissing(error) {
    const code = error.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

;// CONCATENATED MODULE: ./src/bundle/junk.ts
// Files that operating systems drop into folders on their own. They are never part of an app,
// and `__MACOSX` at the top of a bundle even stops iOS from finding `index.html`.
const JUNK_FILES = new Set(['.ds_store', 'thumbs.db', 'ehthumbs.db', 'desktop.ini']);
const JUNK_DIRECTORIES = new Set(['__macosx']);
/** True for OS metadata that is left out of the bundle. */
function isOsJunk(name, isDirectory) {
    // Windows and macOS match these names case-insensitively, so users see them in any case.
    const lower = name.toLowerCase();
    if (isDirectory)
        return JUNK_DIRECTORIES.has(lower);
    // `._name` files are macOS AppleDouble resource forks, written next to files on non-HFS disks.
    return JUNK_FILES.has(lower) || name.startsWith('._');
}

;// CONCATENATED MODULE: ./src/bundle/folder-checks.ts
// Refusals that need only a look at the top of the build folder, made before anything is read:
// it must exist, hold something, and hold `index.html` at its root, which is where both the
// Android and the iOS plugin look for it after unzipping.


const INDEX = 'index.html';
/** How deep to look for a misplaced `index.html` to name in the hint. */
const HINT_SEARCH_DEPTH = 3;
const HINT_SKIPPED_FOLDERS = new Set(['node_modules', 'bower_components']);
/** Checks `root` (the resolved `path`; `label` is the input as given). */
async function checkBuildFolder(host, root, label) {
    if (label.trim() === '') {
        throw new errors/* InputError */.d('path', 'is empty: set it to the folder your web build writes to.');
    }
    const found = await host.stat(root);
    if (!found) {
        throw new errors/* InputError */.d('path', `\`${label}\` does not exist (resolved to ${root}). Build the web app first ` +
            '(for example `npm run build`) or set `path` to the folder the build writes to, the one ' +
            'with index.html at its root.');
    }
    if (found.kind !== 'directory') {
        throw new errors/* InputError */.d('path', `\`${label}\` is a file, not a folder: set \`path\` to the folder holding index.html.`);
    }
    const entries = (await host.readdir(root)).filter((e) => !isOsJunk(e.name, e.kind === 'directory'));
    if (entries.length === 0) {
        throw new errors/* InputError */.d('path', `\`${label}\` is empty; it must hold the web build, with index.html at its root. Build ` +
            'the web app before this step, or set `path` to the folder the build writes to.');
    }
    if (!entries.some(isRootIndex))
        await refuseMissingIndex(host, root, label, entries);
    if (entries.some((e) => e.name === 'node_modules'))
        await refuseProjectFolder(host, root, label);
}
function isRootIndex(entry) {
    return entry.name === INDEX && (entry.kind === 'file' || entry.kind === 'symlink');
}
async function refuseMissingIndex(host, root, label, entries) {
    const stated = `\`${label}\` has no \`index.html\` at its root, where the plugin loads it from.`;
    const wrongCase = entries.find((e) => e.name.toLowerCase() === INDEX && e.name !== INDEX);
    if (wrongCase) {
        throw new errors/* InputError */.d('path', `${stated} It has \`${wrongCase.name}\`, but devices look the name up case-sensitively: ` +
            'rename it to `index.html`.');
    }
    const folders = await foldersHoldingIndex(host, root);
    throw new errors/* InputError */.d('path', `${stated} ${hintFor(label, folders)}`);
}
// A project folder can hold its own index.html (Vite keeps the page template at the top), so a
// `path` set to the project instead of its build output passes the check above and would ship
// the sources and every dependency.
async function refuseProjectFolder(host, root, label) {
    const folders = await foldersHoldingIndex(host, root);
    throw new errors/* InputError */.d('path', `\`${label}\` holds \`node_modules\`: it looks like the project folder, not its web build ` +
        `output. ${hintFor(label, folders)}`);
}
function hintFor(label, folders) {
    const base = label.replace(/[\\/]+$/, '');
    const suggest = (folder) => `${base}/${folder}`;
    if (folders.length === 1) {
        return `Its subfolder \`${folders[0]}\` holds index.html: did you mean path: ${suggest(folders[0])}?`;
    }
    if (folders.length > 1) {
        const listed = folders.slice(0, 3).map((f) => `\`${suggest(f)}\``);
        return `Several subfolders hold index.html (${listed.join(', ')}): set \`path\` to the built web folder.`;
    }
    return 'Set `path` to the folder your web build writes (the one holding index.html).';
}
/** Folders below `root` holding `index.html`, the nearest to the root, `/`-separated. */
async function foldersHoldingIndex(host, root) {
    let level = [{ dir: root, prefix: '' }];
    for (let depth = 1; depth <= HINT_SEARCH_DEPTH && level.length > 0; depth += 1) {
        const next = [];
        const holding = [];
        for (const { dir, prefix } of level) {
            for (const entry of await readableEntries(host, dir)) {
                if (entry.kind !== 'directory' || !isSearchable(entry.name))
                    continue;
                const childDir = host.path.join(dir, entry.name);
                const inner = await readableEntries(host, childDir);
                if (inner.some(isRootIndex)) {
                    const hasScripts = inner.some((e) => /\.[cm]?js$/.test(e.name));
                    holding.push({ name: prefix + entry.name, hasScripts });
                }
                next.push({ dir: childDir, prefix: `${prefix}${entry.name}/` });
            }
        }
        if (holding.length > 0)
            return preferBuilt(holding);
        level = next;
    }
    return [];
}
/** A folder's entries; one the hint search cannot read (permissions) is passed over. */
async function readableEntries(host, dir) {
    try {
        return await host.readdir(dir);
    }
    catch {
        return [];
    }
}
function preferBuilt(candidates) {
    const built = candidates.filter((c) => c.hasScripts);
    const chosen = built.length > 0 ? built : candidates;
    return chosen.map((c) => c.name).sort();
}
// Dependencies and hidden folders (.git, .angular caches) hold index.html files of their own
// that are never the app's build.
function isSearchable(name) {
    return !name.startsWith('.') && !HINT_SKIPPED_FOLDERS.has(name) && !isOsJunk(name, true);
}

;// CONCATENATED MODULE: ./src/bundle/buffer-shelf.ts
/**
 * Reusable read buffers. A build holds thousands of files; a fresh buffer for each would leave
 * garbage that the allocator keeps resident long after it is freed.
 */
class BufferShelf {
    minimumSize;
    keep;
    free = [];
    constructor(minimumSize, keep) {
        this.minimumSize = minimumSize;
        this.keep = keep;
    }
    take(size) {
        const index = this.free.findIndex((b) => b.byteLength >= size);
        const found = index < 0 ? undefined : this.free.splice(index, 1)[0];
        const memory = found ?? new ArrayBuffer(Math.max(size, this.minimumSize));
        return Buffer.from(memory, 0, size);
    }
    giveBack(buffer) {
        this.free.push(buffer.buffer);
        // Keep the largest few: later files fit in them, and memory stays bounded.
        this.free.sort((a, b) => b.byteLength - a.byteLength).splice(this.keep);
    }
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_namespaceObject);
;// CONCATENATED MODULE: ./src/bundle/crc32.ts
// CRC-32 (the ZIP polynomial). Node has it natively from 20.15 on; the table version keeps
// earlier Node 20 releases working.

const crc32_native = (external_node_zlib_default()).crc32;
let table;
function crcTable() {
    if (table)
        return table;
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
        let c = n;
        for (let bit = 0; bit < 8; bit += 1)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
}
/** CRC-32 computed with a lookup table, one byte at a time. */
function crc32Portable(data) {
    const lookup = crcTable();
    let crc = 0xffffffff;
    for (const byte of data)
        crc = lookup[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const crc32 = crc32_native ? (data) => crc32_native(data) >>> 0 : crc32Portable;

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/bundle/deflate.ts
// The deflate settings, the same for every file whichever thread compresses it.


/**
 * Measured on a 60 MB Ionic build: level 5 spends a third less time in deflate than level 6
 * (Info-ZIP's default) for a zip 0.5% larger, still smaller than Info-ZIP's because images
 * and fonts are stored rather than wrapped in deflate.
 */
const DEFLATE_LEVEL = 5;
const ALREADY_COMPRESSED = new Set([
    ...'png jpg jpeg gif webp avif heic heif jxl'.split(' '),
    // Both woff formats carry compressed tables.
    ...'woff woff2'.split(' '),
    ...'zip gz tgz br zst xz bz2 7z svgz jar'.split(' '),
    ...'mp3 mp4 m4a m4v aac ogg oga ogv opus webm mov mkv'.split(' '),
]);
/** Formats that are compressed already: stored without trying, deflate gains nothing on them. */
function isAlreadyCompressed(name) {
    const dot = name.lastIndexOf('.');
    return dot > name.lastIndexOf('/') && ALREADY_COMPRESSED.has(name.slice(dot + 1).toLowerCase());
}
/** Each output chunk is a round trip between the pool and the main thread: fewer, larger ones. */
const POOL_CHUNK_BYTES = 256 * 1024;
const deflateRaw = (0,external_node_util_.promisify)((external_node_zlib_default()).deflateRaw);
/** Deflates on libuv's thread pool. */
function deflateInPool(content) {
    return deflateRaw(content, { level: DEFLATE_LEVEL, chunkSize: POOL_CHUNK_BYTES });
}
/**
 * Deflates on the calling thread, with the window and output chunk sized to the file: a
 * 32 KiB window and 16 KiB chunks for a 1 KiB file are mostly set-up cost and garbage. A window
 * that spans the whole file finds the same matches, so the bytes are those of the default.
 */
function deflateHere(content) {
    return external_node_zlib_default().deflateRawSync(content, {
        level: DEFLATE_LEVEL,
        windowBits: windowBitsFor(content.length),
        chunkSize: Math.max((external_node_zlib_default()).constants.Z_MIN_CHUNK, content.length + 64),
    });
}
/** zlib keeps this much of the window free for lookahead. */
const MIN_LOOKAHEAD = 262;
function windowBitsFor(size) {
    // The smallest power of two that holds the file plus the lookahead; zlib turns 8 into 9 for
    // raw deflate, so 9 is the smallest that means what it says.
    const bits = 32 - Math.clz32(size + MIN_LOOKAHEAD - 1);
    return Math.min((external_node_zlib_default()).constants.Z_MAX_WINDOWBITS, Math.max(9, bits));
}

;// CONCATENATED MODULE: ./src/bundle/job-pool.ts
/** Async jobs within a count and a byte budget; the first failure is kept and rethrown. */
class JobPool {
    maxJobs;
    maxBytes;
    running = new Set();
    bytes = 0;
    failed = false;
    failure;
    constructor(maxJobs, maxBytes) {
        this.maxJobs = maxJobs;
        this.maxBytes = maxBytes;
    }
    fits(bytes) {
        if (this.running.size === 0)
            return true;
        return this.running.size < this.maxJobs && this.bytes + bytes <= this.maxBytes;
    }
    get idle() {
        return this.running.size === 0;
    }
    start(bytes, job) {
        this.bytes += bytes;
        const task = job()
            .catch((error) => {
            if (!this.failed)
                [this.failed, this.failure] = [true, error];
        })
            .finally(() => {
            this.bytes -= bytes;
            this.running.delete(task);
        });
        this.running.add(task);
    }
    async oneFinished() {
        if (this.running.size > 0)
            await Promise.race(this.running);
        this.throwIfFailed();
    }
    throwIfFailed() {
        if (this.failed)
            throw this.failure;
    }
}

;// CONCATENATED MODULE: ./src/bundle/compress.ts
// Deflates every file worth compressing before any entry is written, in the order that keeps
// both cores busy: the largest files go first to libuv's thread pool (where async deflate
// runs), while the main thread deflates the small ones itself, for which a trip to the pool
// costs more than the work. Results are kept by name; the writer then lays entries out in name
// order.




/** Files up to this size are deflated on the main thread. */
const MAIN_THREAD_MAX_BYTES = 64 * 1024;
/** libuv's default thread-pool size: more jobs at once would only queue there. */
const POOL_JOBS = 4;
/** Bytes of large files read and not yet deflated; one file always fits, however large. */
const POOL_BYTES = 16 * 2 ** 20;
/** Main-thread work between turns of the event loop, so finished pool jobs are refilled. */
const MAIN_THREAD_SLICE_MS = 2;
/** A file's size differs from what the walk saw: something is still writing the build. */
class FileChangedError extends Error {
    entryName;
    name = 'FileChangedError';
    constructor(entryName) {
        super(`${entryName} changed while being read`);
        this.entryName = entryName;
    }
}
function compressFiles(host, files, scriptNeedle) {
    return new Compressor(host, scriptNeedle).run(files);
}
class Compressor {
    host;
    scriptNeedle;
    result = { byName: new Map(), scriptMentions: false };
    pool = new JobPool(POOL_JOBS, POOL_BYTES);
    poolBuffers = new BufferShelf(0, POOL_JOBS);
    mainBuffer = new BufferShelf(MAIN_THREAD_MAX_BYTES, 1);
    large = [];
    constructor(host, scriptNeedle) {
        this.host = host;
        this.scriptNeedle = scriptNeedle;
    }
    async run(files) {
        const candidates = files.filter((f) => f.size > 0 && !isAlreadyCompressed(f.name));
        // Longest first, so the pool does not end on one big file while its other threads idle.
        this.large = candidates.filter((f) => f.size > MAIN_THREAD_MAX_BYTES);
        this.large.sort((a, b) => b.size - a.size);
        this.refillPool();
        await this.compressOnMainThread(candidates.filter((f) => f.size <= MAIN_THREAD_MAX_BYTES));
        while (!this.pool.idle || this.large.length > 0) {
            await this.pool.oneFinished();
            this.refillPool();
        }
        return this.result;
    }
    refillPool() {
        while (this.large.length > 0 && this.pool.fits(this.large[0].size)) {
            const file = this.large.shift();
            this.pool.start(file.size, async () => {
                const content = await this.read(file, this.poolBuffers);
                this.record(file, content, await deflateInPool(content));
                this.poolBuffers.giveBack(content);
            });
        }
    }
    async compressOnMainThread(files) {
        let sliceStart = performance.now();
        for (const file of files) {
            const content = await this.read(file, this.mainBuffer);
            this.record(file, content, deflateHere(content));
            this.mainBuffer.giveBack(content);
            if (performance.now() - sliceStart > MAIN_THREAD_SLICE_MS) {
                await nextTurn();
                this.pool.throwIfFailed();
                this.refillPool();
                sliceStart = performance.now();
            }
        }
    }
    async read(file, shelf) {
        const target = shelf.take(file.size);
        if (!(await this.host.readExactly(file.source, target)))
            throw new FileChangedError(file.name);
        return target;
    }
    record(file, content, deflated) {
        if (!this.result.scriptMentions && /\.[cm]?js$/i.test(file.name)) {
            this.result.scriptMentions = content.includes(this.scriptNeedle);
        }
        const crc = crc32(content);
        const smaller = deflated.length < content.length;
        this.result.byName.set(file.name, smaller ? { crc32: crc, deflated } : { crc32: crc });
    }
}
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

// EXTERNAL MODULE: ./src/bundle/self-check.ts
var self_check = __nccwpck_require__(3741);
;// CONCATENATED MODULE: ./src/bundle/exposure.ts
// Bundles are public downloads: anyone with the URL gets every file in them. Files that usually
// hold secrets are most often in a build folder by mistake (a copied project root, a build tool
// that copies dot-files), so the user hears about them before the upload.
const SECRET_LOOKING = [
    /(^|\/)\.env(\.[^/]*)?$/,
    /(^|\/)\.git\//,
    /(^|\/)\.npmrc$/,
    /(^|\/)id_(rsa|ecdsa|ed25519)$/,
    /\.(pem|key|p12|pfx|keystore|jks)$/i,
];
/** Names of files in the bundle that look like they may hold secrets. */
function secretLookingFiles(names) {
    return names.filter((name) => SECRET_LOOKING.some((pattern) => pattern.test(name)));
}

;// CONCATENATED MODULE: ./src/bundle/walk.ts
// Walks the build folder into the list of files and empty folders the bundle holds. Entry names
// are built from directory-entry names joined with `/`, never from OS paths, so they come out
// the same on Windows and POSIX.


/** Walks `root` (already checked to be a folder); `label` is the `path` input as given. */
async function walkFolder(host, root, label) {
    const walk = { files: [], emptyDirectories: [], junk: [] };
    const realRoot = await host.realpath(root);
    await visit(host, { dir: root, prefix: '', realChain: [realRoot] }, walk, label);
    return walk;
}
/** Returns how many entries were kept under `place`. */
async function visit(host, place, walk, label) {
    let kept = 0;
    for (const entry of await host.readdir(place.dir)) {
        const name = place.prefix + entry.name;
        if (isOsJunk(entry.name, entry.kind === 'directory')) {
            walk.junk.push(entry.kind === 'directory' ? `${name}/` : name);
            continue;
        }
        refuseUnportableName(entry.name, name, label);
        const source = host.path.join(place.dir, entry.name);
        const resolved = await resolveEntry(host, place, entry.kind, source, name, label);
        kept += 1;
        if (resolved.kind === 'file') {
            walk.files.push({ name, source, size: resolved.size });
            continue;
        }
        const realChain = [...place.realChain, resolved.real];
        const inside = await visit(host, { dir: source, prefix: `${name}/`, realChain }, walk, label);
        if (inside === 0)
            walk.emptyDirectories.push(`${name}/`);
    }
    return kept;
}
async function resolveEntry(host, place, kind, source, name, label) {
    if (kind === 'symlink')
        return resolveLink(host, place, source, name, label);
    if (kind === 'directory') {
        return { kind, size: 0, real: host.path.join(place.realChain.at(-1), baseName(name)) };
    }
    const found = kind === 'file' ? await host.stat(source) : undefined;
    if (!found || found.kind !== 'file')
        throw notRegular(label, name);
    return { kind: 'file', size: found.size, real: '' };
}
// A link inside the folder is zipped as its target's content under the link's own name, like
// a copy: the bundle then holds what the app would see when served from this folder. A link
// out of the folder would ship files the user never meant to publish, so it is refused.
async function resolveLink(host, place, source, name, label) {
    const target = await host.stat(source);
    if (!target) {
        throw new errors/* InputError */.d('path', `\`${label}\` holds a symbolic link \`${name}\` whose target does not exist. ` +
            'Remove the link or point it at a file inside the folder.');
    }
    const real = await host.realpath(source);
    const realRoot = place.realChain[0];
    if (!isInside(host, realRoot, real)) {
        throw new errors/* InputError */.d('path', `\`${label}\` holds a symbolic link \`${name}\` that leads out of the folder (to ${real}). ` +
            'Only files inside the build folder are published: copy the file in, or remove the link.');
    }
    if (target.kind === 'directory' && place.realChain.includes(real)) {
        throw new errors/* InputError */.d('path', `\`${label}\` holds a symbolic link \`${name}\` that points back to a folder containing ` +
            'it, which would repeat forever. Remove the link.');
    }
    if (target.kind !== 'file' && target.kind !== 'directory')
        throw notRegular(label, name);
    return { kind: target.kind, size: target.size, real };
}
function isInside(host, root, candidate) {
    const relative = host.path.relative(root, candidate);
    if (relative === '')
        return true;
    const up = relative === '..' || relative.startsWith(`..${host.path.sep}`);
    return !up && !host.path.isAbsolute(relative);
}
function notRegular(label, name) {
    return new errors/* InputError */.d('path', `\`${label}\` holds \`${name}\`, which is neither a regular file nor a folder (a socket, ` +
        'pipe or device). A web build holds only files: remove it.');
}
// A POSIX file name may contain `\`; inside a zip that reads as a Windows separator and Android
// refuses to install the bundle (`windows_path_fail`).
function refuseUnportableName(entryName, name, label) {
    if (!entryName.includes('\\'))
        return;
    throw new errors/* InputError */.d('path', `\`${label}\` holds \`${name}\`, whose name contains a backslash. Android refuses bundles ` +
        'with a backslash in any entry name: rename the file.');
}
function baseName(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}

// EXTERNAL MODULE: ./src/bundle/zip-format.ts
var zip_format = __nccwpck_require__(9335);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/bundle/zip-writer.ts
// Writes zip records into one buffer sized in advance from the file sizes (an entry never
// takes more than its file plus headers, since deflate output is kept only when smaller), so
// the bundle is never copied while it grows, and hashes the bytes as they are written.


/** The most bytes a zip of these entries can take. */
function zipCapacity(entries) {
    let total = zip_format/* END_OF_CENTRAL_DIRECTORY_SIZE */.s9;
    for (const entry of entries) {
        const nameBytes = Buffer.byteLength(entry.name);
        total += zip_format/* LOCAL_HEADER_SIZE */._0 + zip_format/* CENTRAL_HEADER_SIZE */.yX + 2 * nameBytes + entry.size;
    }
    return total;
}
/**
 * Bytes kept free after the zip, so that it can be encrypted in its own memory: AES-CBC's
 * padding makes the ciphertext up to one block longer than the zip.
 */
const ROOM_AFTER_ZIP = 16;
class ZipWriter {
    out;
    position = 0;
    hashedUpTo = 0;
    records = [];
    hash = (0,external_node_crypto_.createHash)('sha256');
    reserved;
    constructor(capacity) {
        this.out = Buffer.allocUnsafe(capacity + ROOM_AFTER_ZIP);
    }
    addFile(name, content) {
        const record = this.record(name, false, content);
        this.ensureRoom(zip_format/* LOCAL_HEADER_SIZE */._0 + record.name.length + content.data.length);
        this.position += (0,zip_format/* writeLocalHeader */.Sf)(this.out, this.position, record);
        this.position += content.data.copy(this.out, this.position);
        this.hashWritten();
    }
    /**
     * The place where the data of a stored entry goes, to be filled in place (a stored file is
     * read straight into the zip, never copied); `commitStored` then writes its header.
     */
    reserveStored(name, size) {
        const dataAt = this.position + zip_format/* LOCAL_HEADER_SIZE */._0 + Buffer.byteLength(name);
        this.ensureRoom(dataAt - this.position + size);
        this.reserved = { name, size, at: dataAt };
        return this.out.subarray(dataAt, dataAt + size);
    }
    commitStored(crc32) {
        const { name, size, at } = this.reserved;
        this.reserved = undefined;
        const data = this.out.subarray(at, at + size);
        const record = this.record(name, false, { method: zip_format/* METHOD_STORED */.y$, crc32, size, data });
        this.position += (0,zip_format/* writeLocalHeader */.Sf)(this.out, this.position, record) + size;
        this.hashWritten();
    }
    addDirectory(name) {
        const empty = { method: zip_format/* METHOD_STORED */.y$, crc32: 0, size: 0, data: Buffer.alloc(0) };
        const record = this.record(name, true, empty);
        this.ensureRoom(zip_format/* LOCAL_HEADER_SIZE */._0 + record.name.length);
        this.position += (0,zip_format/* writeLocalHeader */.Sf)(this.out, this.position, record);
        this.hashWritten();
    }
    /**
     * Writes the central directory; returns the zip, the SHA-256 of all its bytes, and the zip
     * followed by `ROOM_AFTER_ZIP` bytes it does not use.
     */
    finish() {
        const offset = this.position;
        for (const record of this.records) {
            this.ensureRoom(zip_format/* CENTRAL_HEADER_SIZE */.yX + record.name.length);
            this.position += (0,zip_format/* writeCentralHeader */.Mt)(this.out, this.position, record);
        }
        const directory = { entries: this.records.length, size: this.position - offset, offset };
        this.ensureRoom(zip_format/* END_OF_CENTRAL_DIRECTORY_SIZE */.s9);
        this.position += (0,zip_format/* writeEndOfCentralDirectory */.Av)(this.out, this.position, directory);
        this.hashWritten();
        return {
            zip: this.out.subarray(0, this.position),
            sha256: this.hash.digest('hex'),
            zipWithRoom: this.out.subarray(0, this.position + ROOM_AFTER_ZIP),
        };
    }
    record(name, directory, content) {
        const record = {
            name: Buffer.from(name, 'utf8'),
            directory,
            method: content.method,
            crc32: content.crc32,
            compressedSize: content.data.length,
            size: content.size,
            offset: this.position,
        };
        this.records.push(record);
        return record;
    }
    ensureRoom(bytes) {
        if (this.position + bytes > this.out.length - ROOM_AFTER_ZIP) {
            throw new Error('zip writer: more data than planned (a file grew while being zipped)');
        }
    }
    hashWritten() {
        this.hash.update(this.out.subarray(this.hashedUpTo, this.position));
        this.hashedUpTo = this.position;
    }
}

;// CONCATENATED MODULE: ./src/bundle/build.ts
// The build folder → a checked, deterministic zip and its SHA-256. The same files give the same
// bytes on every machine: entries sorted by the bytes of their names, no times or modes of the
// build carried over, and compression that depends only on the content.











const NOTIFY_APP_READY = Buffer.from('notifyAppReady');
function buildBundle(options) {
    return buildBundleFrom(nodeFolderHost, options);
}
/** `buildBundle` over any file system, for example a Windows-style tree in tests. */
async function buildBundleFrom(host, options) {
    const log = options.log ?? silentLog;
    const label = options.displayPath ?? options.path;
    const root = host.path.resolve(options.path);
    await checkBuildFolder(host, root, label);
    const walk = await walkFolder(host, root, label);
    if (walk.junk.length > 0) {
        log.info(`Left out ${walk.junk.length} OS metadata file(s): ${walk.junk.slice(0, 5).join(', ')}`);
    }
    const exposed = secretLookingFiles(walk.files.map((file) => file.name));
    if (exposed.length > 0) {
        log.warning(`The bundle will include ${exposed.slice(0, 5).join(', ')}${exposed.length > 5 ? ', …' : ''}: ` +
            'bundles are public downloads. Remove such files from the build folder if they hold secrets.');
    }
    const planned = planEntries(walk);
    checkZipLimits(planned, label);
    const { zip, zipWithRoom, sha256, scriptMentions } = await writeZip(host, walk, planned);
    if (options.requireNotifyAppReady && !scriptMentions)
        throw missingNotifyAppReady(label);
    const entries = (0,self_check/* verifyZip */.rG)(zip);
    log.debug(`Bundle: ${entries.length} entries, ${zip.length} bytes, sha256 ${sha256}`);
    return { zip, zipWithRoom, sha256, size: zip.length, files: walk.files.length, entries };
}
function planEntries(walk) {
    const planned = [
        ...walk.files.map((file) => ({ name: file.name, size: file.size, file })),
        ...walk.emptyDirectories.map((name) => ({ name, size: 0 })),
    ];
    // Byte order of the UTF-8 names, the same whatever order the file system listed them in.
    const keyed = planned.map((entry) => ({ entry, key: Buffer.from(entry.name, 'utf8') }));
    keyed.sort((a, b) => Buffer.compare(a.key, b.key));
    return keyed.map(({ entry }) => entry);
}
function checkZipLimits(planned, label) {
    // Without zip64 records a zip holds at most 65,535 entries and 4 GiB, far above any app.
    if (planned.length > zip_format/* MAX_ENTRIES */.Sd) {
        throw new errors/* InputError */.d('path', `\`${label}\` holds ${planned.length} files and folders; a bundle holds at most ` +
            `${zip_format/* MAX_ENTRIES */.Sd}. Point \`path\` at the web build only.`);
    }
    const capacity = zipCapacity(planned);
    if (capacity > zip_format/* MAX_ZIP_BYTES */.j3) {
        const gib = (capacity / 2 ** 30).toFixed(1);
        throw new errors/* InputError */.d('path', `\`${label}\` holds ${gib} GiB; bundles are limited to 4 GiB, and devices need twice a ` +
            "bundle's size free to install it. Point `path` at the web build only.");
    }
}
async function writeZip(host, walk, planned) {
    const compressed = await compressFiles(host, walk.files, NOTIFY_APP_READY).catch(rethrowChange);
    const writer = new ZipWriter(zipCapacity(planned));
    for (const { name, size, file } of planned) {
        const known = compressed.byName.get(name);
        compressed.byName.delete(name);
        if (!file)
            writer.addDirectory(name);
        else if (known?.deflated) {
            const data = known.deflated;
            writer.addFile(name, { method: zip_format/* METHOD_DEFLATED */.oT, crc32: known.crc32, size, data });
        }
        else
            await writeStored(host, writer, file, known?.crc32);
    }
    return { ...writer.finish(), scriptMentions: compressed.scriptMentions };
}
/** Reads a stored file straight into its place in the zip. */
async function writeStored(host, writer, file, crc) {
    const target = writer.reserveStored(file.name, file.size);
    const complete = await host.readExactly(file.source, target);
    const actual = crc32(target);
    // A file read twice (tried with deflate, then stored) must be the same both times.
    if (!complete || (crc !== undefined && crc !== actual))
        throw changedWhileReading(file.name);
    writer.commitStored(actual);
}
function rethrowChange(error) {
    if (error instanceof FileChangedError)
        throw changedWhileReading(error.entryName);
    throw error;
}
function changedWhileReading(name) {
    return new errors/* UserError */.y(`\`${name}\` changed while the bundle was being built. Run this step after the web ` +
        'build has finished writing.');
}
function missingNotifyAppReady(label) {
    return new errors/* InputError */.d('path', `no .js file in \`${label}\` mentions \`notifyAppReady\`. The app must call ` +
        '`CapacitorUpdater.notifyAppReady()` after each update, or the plugin rolls the update ' +
        'back. Add the call; if the app makes it in a way this scan cannot see, set ' +
        '`require-notify-app-ready: false`.');
}

// EXTERNAL MODULE: ./src/bundle/encrypt.ts
var encrypt = __nccwpck_require__(6997);
// EXTERNAL MODULE: ./src/bundle/keys.ts
var keys = __nccwpck_require__(422);
// EXTERNAL MODULE: ./src/manifest/versions.ts
var versions = __nccwpck_require__(7064);
// EXTERNAL MODULE: ./src/action/defaults.ts
var defaults = __nccwpck_require__(6854);
;// CONCATENATED MODULE: ./src/action/prepare.ts
// Publish step 1: everything that can be checked without GitHub. Every refusal happens here,
// before the first API call, so a bad input never leaves a half-made release behind.







async function prepareBundle(settings, context, log) {
    const folder = external_node_path_default().resolve(context.workspace, settings.path);
    const { version, source } = (0,defaults/* resolvePublishVersion */.g)(settings.version, context.pushedTag, folder, context.workspace);
    log.info(`Version ${version} (from ${source}).`);
    const tag = settings.tag || context.pushedTag || `v${version}`;
    if (context.pushedTag &&
        /^v?\d/.test(context.pushedTag) &&
        context.pushedTag.replace(/^v/, '') !== version) {
        log.warning(`The pushed tag ${context.pushedTag} differs from the version ${version}; release ${tag} will hold bundle ${version}.`);
    }
    if (settings.nativeVersions && !(0,versions/* isValidRange */.yZ)(settings.nativeVersions)) {
        throw new errors/* InputError */.d('native-versions', `${JSON.stringify(settings.nativeVersions)} is not a semver range; use e.g. ">=1.4.0 <2.0.0".`);
    }
    const key = settings.encryptionKey ? (0,keys/* readEncryptionKey */.XO)(settings.encryptionKey) : undefined;
    const bundle = await buildBundle({
        path: folder,
        // Messages name the folder as the user wrote it, so a hint reads "path: www/dist".
        displayPath: settings.path,
        requireNotifyAppReady: settings.requireNotifyAppReady,
        log,
    });
    log.info(`Zipped ${bundle.files} files from ${settings.path}: ${bundle.size} bytes, sha256 ${bundle.sha256}.`);
    const payload = key ? encryptedPayload(bundle, key) : plainPayload(bundle);
    if (key)
        log.info(`Encrypted with key ${key.keyId}.`);
    const { zip: _zip, zipWithRoom: _room, ...facts } = bundle;
    return { version, tag, bundle: facts, payload, key };
}
function plainPayload(bundle) {
    return { data: bundle.zip, dataSha256: bundle.sha256, checksum: bundle.sha256, sessionKey: '' };
}
function encryptedPayload(bundle, key) {
    // The plain zip is not needed after this, so its memory takes the ciphertext.
    const encrypted = (0,encrypt/* encryptBundleInPlace */._y)(bundle.zipWithRoom, bundle.size, bundle.sha256, key);
    return {
        data: encrypted.data,
        dataSha256: encrypted.sha256,
        checksum: encrypted.checksum,
        sessionKey: encrypted.sessionKey,
        keyId: encrypted.keyId,
    };
}


/***/ }),

/***/ 6997:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qv: () => (/* binding */ encryptedChecksum),
/* harmony export */   _y: () => (/* binding */ encryptBundleInPlace),
/* harmony export */   kA: () => (/* binding */ decryptBundle),
/* harmony export */   s1: () => (/* binding */ recoverChecksum)
/* harmony export */ });
/* unused harmony export encryptBundle */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The plugin's bundle encryption: AES-128-CBC over the zip with a fresh key and IV, the AES key
// and the zip's SHA-256 each put through the RSA private-key operation (PKCS#1 v1.5), so any
// device holding the public key can recover them and nobody without the private key can make
// a bundle the device accepts.

const CIPHER = 'aes-128-cbc';
const AES_KEY_BYTES = 16;
const IV_BYTES = 16;
const BLOCK_BYTES = 16;
/** Encrypted and hashed in slices, so each slice is hashed while it is still in cache. */
const SLICE_BYTES = 256 * 1024;
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Encrypts `zip`, whose SHA-256 is `plainSha256`, for devices holding `key`'s public half. */
function encryptBundle(zip, plainSha256, key) {
    const room = Buffer.allocUnsafe(paddedLength(zip.length));
    zip.copy(room);
    return encryptBundleInPlace(room, zip.length, plainSha256, key);
}
/**
 * `encryptBundle` in the zip's own memory: `zipWithRoom` holds the zip in its first `zipLength`
 * bytes and has room for the padding after it (`BuiltBundle.zipWithRoom` does). The zip is
 * overwritten. A fresh buffer of the zip's size took a fifth of the encryption's time to fill
 * (its pages are new to the process) and held a second copy of the bundle in memory.
 */
function encryptBundleInPlace(zipWithRoom, zipLength, plainSha256, key) {
    if (zipWithRoom.length < paddedLength(zipLength)) {
        throw new Error(`encryptBundleInPlace: ${zipWithRoom.length} bytes cannot hold the ciphertext of a ` +
            `${zipLength}-byte zip`);
    }
    const aesKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(AES_KEY_BYTES);
    const iv = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(IV_BYTES);
    const { data, sha256 } = encryptAndHash(zipWithRoom, zipLength, aesKey, iv);
    const wrappedKey = rsaPrivateOperation(aesKey, key);
    return {
        data,
        sha256,
        checksum: encryptedChecksum(plainSha256, key),
        sessionKey: `${iv.toString('base64')}:${wrappedKey.toString('base64')}`,
        keyId: key.keyId,
    };
}
/**
 * The checksum devices verify an encrypted bundle against: the RSA operation over the 32 raw
 * bytes of the plain zip's SHA-256 (not its hex text). PKCS#1 v1.5 type-1 padding has no
 * random part, so the same hash and key always give the same string.
 */
function encryptedChecksum(plainSha256, key) {
    if (!SHA256_HEX.test(plainSha256)) {
        throw new Error(`encryptedChecksum: expected a lowercase hex SHA-256, got ${plainSha256.length} characters`);
    }
    return rsaPrivateOperation(Buffer.from(plainSha256, 'hex'), key).toString('hex');
}
/** What a device does with a download: recovers the AES key and decrypts. */
function decryptBundle(data, sessionKey, publicKeyPem) {
    const [ivText, wrappedText, ...rest] = sessionKey.split(':');
    const iv = Buffer.from(ivText ?? '', 'base64');
    if (rest.length > 0 || iv.length !== IV_BYTES || !wrappedText) {
        throw new Error('session key is not `base64(IV):base64(encrypted AES key)`');
    }
    const aesKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.publicDecrypt)({ key: publicKeyPem, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, Buffer.from(wrappedText, 'base64'));
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)(CIPHER, aesKey, iv);
    return Buffer.concat([decipher.update(data), decipher.final()]);
}
/** What a device does with `checksum`: recovers the plain zip's SHA-256 as lowercase hex. */
function recoverChecksum(checksum, publicKeyPem) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.publicDecrypt)({ key: publicKeyPem, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, Buffer.from(checksum, 'hex'));
    return digest.toString('hex');
}
function rsaPrivateOperation(data, key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.privateEncrypt)({ key: key.privateKey, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, data);
}
/** PKCS#7 always pads, by a whole block when the length is already a multiple of 16. */
function paddedLength(length) {
    return (Math.floor(length / BLOCK_BYTES) + 1) * BLOCK_BYTES;
}
/**
 * Encrypts the first `length` bytes of `buffer` over themselves. The cipher never returns more
 * bytes than it has read, so each slice of ciphertext lands on plaintext already read; only the
 * final block reaches past `length`.
 */
function encryptAndHash(buffer, length, aesKey, iv) {
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)(CIPHER, aesKey, iv);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let written = 0;
    const append = (piece) => {
        hash.update(piece);
        written += piece.copy(buffer, written);
    };
    for (let at = 0; at < length; at += SLICE_BYTES) {
        append(cipher.update(buffer.subarray(at, Math.min(at + SLICE_BYTES, length))));
    }
    append(cipher.final());
    return { data: buffer.subarray(0, written), sha256: hash.digest('hex') };
}


/***/ }),

/***/ 422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TZ: () => (/* binding */ generateKeyPair),
/* harmony export */   XO: () => (/* binding */ readEncryptionKey),
/* harmony export */   yg: () => (/* binding */ keyIdOf)
/* harmony export */ });
/* unused harmony export KEY_BITS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
// The publisher's RSA key. The plugin decrypts with RSA-2048 in PKCS#1 v1.5 only, so every
// other kind of key is refused here with the reason, before anything is built or uploaded.
// No message ever quotes the key: it comes from a secret.


/** The plugin's RSA blocks are 256 bytes. */
const KEY_BITS = 2048;
const KEY_ID_LENGTH = 20;
const GENERATE_HINT = `Generate a key pair with \`openssl genrsa -out private.pem ${KEY_BITS}\` and ` +
    '`openssl rsa -in private.pem -RSAPublicKey_out -out public.pem`.';
/** A PEM block: its label and its text, wherever it sits in the input. */
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const PRIVATE_LABELS = new Set(['RSA PRIVATE KEY', 'PRIVATE KEY']);
/** Reads the private key from `pem` (the value of `input`), or refuses it with the reason. */
function readEncryptionKey(pem, input = 'encryption-key') {
    const text = unescapeSecret(pem);
    const blocks = [...text.matchAll(PEM_BLOCK)].map(([, label, body]) => ({
        label: label,
        body: body,
    }));
    const block = blocks.find((b) => PRIVATE_LABELS.has(b.label) || /PRIVATE KEY/.test(b.label)) ?? blocks[0];
    if (!block)
        throw notPem(input);
    refuseWrongBlock(block.label, block.body, input);
    const privateKey = parsePrivateKey(block.label, block.body, input);
    refuseWrongKind(privateKey, input);
    return keyFromPrivate(privateKey);
}
/** A new key pair in the forms the plugin and this action expect, and its key id. */
function generateKeyPair() {
    const pair = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('rsa', { modulusLength: KEY_BITS });
    const key = keyFromPrivate(pair.privateKey);
    const privateKeyPem = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    return { privateKeyPem, publicKeyPem: key.publicKeyPem, keyId: key.keyId };
}
/** `key_id` of a public key in PKCS#1 PEM form. */
function keyIdOf(publicKeyPem) {
    const body = publicKeyPem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
    return body.slice(0, KEY_ID_LENGTH);
}
function keyFromPrivate(privateKey) {
    // Devices derive their key id from the PKCS#1 form; the SPKI form begins the same way for
    // every RSA-2048 key, so it must never be used here.
    const publicKeyPem = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey)
        .export({ type: 'pkcs1', format: 'pem' })
        .toString();
    return { privateKey, publicKeyPem, keyId: keyIdOf(publicKeyPem) };
}
// Secrets pasted through CI settings or .env files often arrive with literal `\n` escapes,
// Windows line ends, or wrapped in quotes and blank lines.
function unescapeSecret(value) {
    return value
        .trim()
        .replace(/^(['"])([\s\S]*)\1$/, '$2')
        .replace(/\\r\\n|\\n|\\r/g, '\n')
        .replace(/\r\n?/g, '\n');
}
function refuseWrongBlock(label, body, input) {
    if (label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(body)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, 'is protected by a passphrase, which the action cannot enter. Store the key without one: ' +
            '`openssl pkey -in private.pem -out private-plain.pem` (or `openssl rsa` for an ' +
            '`RSA PRIVATE KEY`), and keep it only in the secret.');
    }
    if (/PUBLIC KEY|CERTIFICATE/.test(label)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `holds a public key (\`BEGIN ${label}\`), but it takes the private key, which signs and ` +
            "encrypts each bundle. The public key goes in the app's capacitor.config as " +
            '`plugins.CapacitorUpdater.publicKey`.');
    }
    if (label === 'OPENSSH PRIVATE KEY') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, 'is an OpenSSH key; it must be an RSA private key in PEM form (`BEGIN RSA PRIVATE KEY` ' +
            `or \`BEGIN PRIVATE KEY\`). ${GENERATE_HINT}`);
    }
    if (!label.endsWith('PRIVATE KEY')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `holds a \`BEGIN ${label}\` block, not a private key. It takes an RSA private key in PEM ` +
            `form (\`BEGIN RSA PRIVATE KEY\` or \`BEGIN PRIVATE KEY\`). ${GENERATE_HINT}`);
    }
}
function parsePrivateKey(label, body, input) {
    // Rebuilt from the base64 alone, so that spaces or lost line breaks from pasting do not
    // matter; the parser would otherwise reject such a block.
    const base64 = body.replace(/\s+/g, '');
    const lines = base64.match(/.{1,64}/g) ?? [];
    const pem = `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `has a \`BEGIN ${label}\` block that cannot be read as a key: its base64 body is damaged ` +
            'or incomplete. Copy the whole file into the secret again, BEGIN and END lines included.');
    }
}
function refuseWrongKind(key, input) {
    const type = key.asymmetricKeyType;
    if (type !== 'rsa') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `is a key of type ${type?.toUpperCase() ?? 'unknown'}; the plugin decrypts only RSA-${KEY_BITS} ` +
            `(PKCS#1 v1.5). ${GENERATE_HINT}`);
    }
    const bits = key.asymmetricKeyDetails?.modulusLength;
    if (bits !== KEY_BITS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `is an RSA-${bits ?? '?'} key; the plugin needs exactly RSA-${KEY_BITS} (its blocks are ` +
            `256 bytes) and would fail to decrypt every bundle. ${GENERATE_HINT}`);
    }
}
function notPem(input) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, 'is not a PEM private key: no `-----BEGIN ... PRIVATE KEY-----` block was found. Paste the ' +
        `whole key file into the secret, BEGIN and END lines included. ${GENERATE_HINT}`);
}


/***/ }),

/***/ 3741:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j2: () => (/* binding */ entryNameProblem),
/* harmony export */   rG: () => (/* binding */ verifyZip)
/* harmony export */ });
/* unused harmony export ZipSelfCheckError */
/* harmony import */ var _zip_format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9335);
// Reads back the central directory of a zip we built and checks every entry the way the
// plugin's unzip code will: a name it refuses, or a layout its stream reader cannot follow,
// would break every device that downloads the bundle, so such a zip never leaves the build.

class ZipSelfCheckError extends Error {
    name = 'ZipSelfCheckError';
    constructor(problem) {
        super(`The bundle zip failed its own check: ${problem}. This is a bug; please report it.`);
    }
}
const DOT_SEGMENT = /(^|\/)\.(\/|$)/;
const DOT_DOT_SEGMENT = /(^|\/)\.\.(\/|$)/;
/** Why a zip entry name would be refused on a device, or undefined when it is fine. */
function entryNameProblem(name) {
    if (name === '')
        return 'is empty';
    // Android aborts the whole install on a backslash (`windows_path_fail`).
    if (name.includes('\\'))
        return 'contains a backslash';
    if (name.includes('\0'))
        return 'contains a NUL character';
    if (/^[A-Za-z]:/.test(name))
        return 'starts with a drive letter';
    if (name.startsWith('/'))
        return 'is absolute';
    if (DOT_DOT_SEGMENT.test(name))
        return 'has a `..` segment';
    if (DOT_SEGMENT.test(name))
        return 'has a `.` segment';
    // A folder entry ends in one `/`; any other empty segment is a doubled separator.
    if (name.includes('//'))
        return 'has an empty segment';
    return undefined;
}
/** Checks our own zip; returns its entry names in order, or throws ZipSelfCheckError. */
function verifyZip(zip) {
    const end = zip.length - _zip_format_js__WEBPACK_IMPORTED_MODULE_0__/* .END_OF_CENTRAL_DIRECTORY_SIZE */ .s9;
    if (end < 0 || zip.readUInt32LE(end) !== _zip_format_js__WEBPACK_IMPORTED_MODULE_0__/* .END_OF_CENTRAL_DIRECTORY_SIGNATURE */ .pQ) {
        throw new ZipSelfCheckError('no end-of-central-directory record at the end');
    }
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    const names = [];
    for (let i = 0; i < count; i += 1) {
        if (zip.readUInt32LE(at) !== _zip_format_js__WEBPACK_IMPORTED_MODULE_0__/* .CENTRAL_HEADER_SIGNATURE */ .Ti) {
            throw new ZipSelfCheckError(`central directory entry ${i} is missing`);
        }
        const nameLength = zip.readUInt16LE(at + 28);
        const headerLength = _zip_format_js__WEBPACK_IMPORTED_MODULE_0__/* .CENTRAL_HEADER_SIZE */ .yX + nameLength + zip.readUInt16LE(at + 30);
        const name = zip.toString('utf8', at + _zip_format_js__WEBPACK_IMPORTED_MODULE_0__/* .CENTRAL_HEADER_SIZE */ .yX, at + _zip_format_js__WEBPACK_IMPORTED_MODULE_0__/* .CENTRAL_HEADER_SIZE */ .yX + nameLength);
        checkEntry(zip, at, name);
        names.push(name);
        at += headerLength + zip.readUInt16LE(at + 32);
    }
    if (at !== end)
        throw new ZipSelfCheckError('the central directory does not end where it should');
    if (!names.includes('index.html'))
        throw new ZipSelfCheckError('no `index.html` at the root');
    return names;
}
function checkEntry(zip, central, name) {
    const problem = entryNameProblem(name);
    if (problem)
        throw new ZipSelfCheckError(`entry \`${name}\` ${problem}`);
    const flags = zip.readUInt16LE(central + 8);
    // Android's ZipInputStream reads sizes from the local header; with this flag they are zero.
    if (flags & _zip_format_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAG_DATA_DESCRIPTOR */ .wR) {
        throw new ZipSelfCheckError(`entry \`${name}\` uses a data descriptor`);
    }
    // Without the UTF-8 flag, readers decode a name as code page 437 and get other file names.
    if (!/^[\x00-\x7f]*$/.test(name) && !(flags & _zip_format_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAG_UTF8_NAME */ .N7)) {
        throw new ZipSelfCheckError(`entry \`${name}\` is not ASCII but lacks the UTF-8 flag`);
    }
    const local = zip.readUInt32LE(central + 42);
    if (zip.readUInt32LE(local) !== _zip_format_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCAL_HEADER_SIGNATURE */ .jr) {
        throw new ZipSelfCheckError(`entry \`${name}\` has no local header at its offset`);
    }
    // Stream readers see only the local header: it must say what the central directory says.
    const sameFields = zip.readUInt16LE(local + 6) === flags &&
        zip.readUInt16LE(local + 8) === zip.readUInt16LE(central + 10) &&
        zip.compare(zip, central + 16, central + 28, local + 14, local + 26) === 0;
    const localNameLength = zip.readUInt16LE(local + 26);
    const localName = zip.toString('utf8', local + _zip_format_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCAL_HEADER_SIZE */ ._0, local + _zip_format_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCAL_HEADER_SIZE */ ._0 + localNameLength);
    if (!sameFields || localName !== name) {
        throw new ZipSelfCheckError(`entry \`${name}\` has a local header that disagrees with the central directory`);
    }
}


/***/ }),

/***/ 9335:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ writeEndOfCentralDirectory),
/* harmony export */   Mt: () => (/* binding */ writeCentralHeader),
/* harmony export */   N7: () => (/* binding */ FLAG_UTF8_NAME),
/* harmony export */   Sd: () => (/* binding */ MAX_ENTRIES),
/* harmony export */   Sf: () => (/* binding */ writeLocalHeader),
/* harmony export */   Ti: () => (/* binding */ CENTRAL_HEADER_SIGNATURE),
/* harmony export */   _0: () => (/* binding */ LOCAL_HEADER_SIZE),
/* harmony export */   j3: () => (/* binding */ MAX_ZIP_BYTES),
/* harmony export */   jr: () => (/* binding */ LOCAL_HEADER_SIGNATURE),
/* harmony export */   oT: () => (/* binding */ METHOD_DEFLATED),
/* harmony export */   pQ: () => (/* binding */ END_OF_CENTRAL_DIRECTORY_SIGNATURE),
/* harmony export */   s9: () => (/* binding */ END_OF_CENTRAL_DIRECTORY_SIZE),
/* harmony export */   wR: () => (/* binding */ FLAG_DATA_DESCRIPTOR),
/* harmony export */   y$: () => (/* binding */ METHOD_STORED),
/* harmony export */   yX: () => (/* binding */ CENTRAL_HEADER_SIZE)
/* harmony export */ });
/* unused harmony exports FIXED_DOS_DATE, FIXED_DOS_TIME */
// The ZIP records we write (APPNOTE 4.3): local file header, central directory header and the
// end-of-central-directory record. Everything that could vary between machines is fixed here.
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const END_OF_CENTRAL_DIRECTORY_SIZE = 22;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/** Bit 3: sizes and CRC follow the data. Android's stream reader needs them up front. */
const FLAG_DATA_DESCRIPTOR = 0x0008;
/** Bit 11: the name is UTF-8. */
const FLAG_UTF8_NAME = 0x0800;
// Without zip64 records, counts are 16-bit and sizes and offsets 32-bit.
const MAX_ENTRIES = 0xffff;
const MAX_ZIP_BYTES = 0xffffffff;
/** 1980-01-01 00:00:00, the earliest DOS date: the file times of the build do not leak in. */
const FIXED_DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FIXED_DOS_TIME = 0;
/** "Made by" Unix, spec 2.0, so that the fixed modes below are honoured by unzip tools. */
const VERSION_MADE_BY = (3 << 8) | 20;
const VERSION_NEEDED_DEFLATE = 20;
const VERSION_NEEDED_STORED = 10;
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
const DIRECTORY_ATTRIBUTES = ((0o040755 << 16) | 0x10) >>> 0;
const isAscii = (name) => name.every((byte) => byte < 0x80);
function flagsFor(entry) {
    return isAscii(entry.name) ? 0 : FLAG_UTF8_NAME;
}
function versionNeeded(entry) {
    return entry.method === METHOD_DEFLATED ? VERSION_NEEDED_DEFLATE : VERSION_NEEDED_STORED;
}
/** Writes the local header of `entry` at `at` in `out`; returns the bytes written. */
function writeLocalHeader(out, at, entry) {
    out.writeUInt32LE(LOCAL_HEADER_SIGNATURE, at);
    out.writeUInt16LE(versionNeeded(entry), at + 4);
    out.writeUInt16LE(flagsFor(entry), at + 6);
    out.writeUInt16LE(entry.method, at + 8);
    out.writeUInt16LE(FIXED_DOS_TIME, at + 10);
    out.writeUInt16LE(FIXED_DOS_DATE, at + 12);
    out.writeUInt32LE(entry.crc32, at + 14);
    out.writeUInt32LE(entry.compressedSize, at + 18);
    out.writeUInt32LE(entry.size, at + 22);
    out.writeUInt16LE(entry.name.length, at + 26);
    out.writeUInt16LE(0, at + 28);
    entry.name.copy(out, at + LOCAL_HEADER_SIZE);
    return LOCAL_HEADER_SIZE + entry.name.length;
}
/** Writes the central directory header of `entry` at `at` in `out`; returns the bytes written. */
function writeCentralHeader(out, at, entry) {
    out.writeUInt32LE(CENTRAL_HEADER_SIGNATURE, at);
    out.writeUInt16LE(VERSION_MADE_BY, at + 4);
    out.writeUInt16LE(versionNeeded(entry), at + 6);
    out.writeUInt16LE(flagsFor(entry), at + 8);
    out.writeUInt16LE(entry.method, at + 10);
    out.writeUInt16LE(FIXED_DOS_TIME, at + 12);
    out.writeUInt16LE(FIXED_DOS_DATE, at + 14);
    out.writeUInt32LE(entry.crc32, at + 16);
    out.writeUInt32LE(entry.compressedSize, at + 20);
    out.writeUInt32LE(entry.size, at + 24);
    out.writeUInt16LE(entry.name.length, at + 28);
    out.writeUInt16LE(0, at + 30); // extra field length
    out.writeUInt16LE(0, at + 32); // comment length
    out.writeUInt16LE(0, at + 34); // disk number
    out.writeUInt16LE(0, at + 36); // internal attributes
    out.writeUInt32LE(entry.directory ? DIRECTORY_ATTRIBUTES : FILE_ATTRIBUTES, at + 38);
    out.writeUInt32LE(entry.offset, at + 42);
    entry.name.copy(out, at + CENTRAL_HEADER_SIZE);
    return CENTRAL_HEADER_SIZE + entry.name.length;
}
/** Writes the end-of-central-directory record; returns the bytes written. */
function writeEndOfCentralDirectory(out, at, directory) {
    out.writeUInt32LE(END_OF_CENTRAL_DIRECTORY_SIGNATURE, at);
    out.writeUInt16LE(0, at + 4); // this disk
    out.writeUInt16LE(0, at + 6); // disk holding the central directory
    out.writeUInt16LE(directory.entries, at + 8);
    out.writeUInt16LE(directory.entries, at + 10);
    out.writeUInt32LE(directory.size, at + 12);
    out.writeUInt32LE(directory.offset, at + 16);
    out.writeUInt16LE(0, at + 20); // comment length
    return END_OF_CENTRAL_DIRECTORY_SIZE;
}


/***/ }),

/***/ 3710:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  P: () => (/* binding */ actionCommands)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/github/errors.ts
// GitHub's refusals in plain words: the status, GitHub's own reasons, and what to change.

/** A GitHub answer the run cannot go on from; `status` is GitHub's (or 500 for network faults). */
class GitHubError extends errors/* UserError */.y {
    status;
    requestId;
    name = 'GitHubError';
    constructor(message, status, requestId) {
        super(message);
        this.status = status;
        this.requestId = requestId;
    }
}
function isRequestError(error) {
    return (error instanceof Error &&
        error.name === 'HttpError' &&
        typeof error.status === 'number');
}
function errorBody(error) {
    const data = error.response?.data;
    if (data && typeof data === 'object')
        return data;
    return typeof data === 'string' && data ? { message: data } : {};
}
/** True when GitHub refused because `field` of `resource` already exists (422 already_exists). */
function isAlreadyExists(error, field) {
    if (!isRequestError(error) || error.status !== 422)
        return false;
    return (errorBody(error).errors ?? []).some((e) => typeof e === 'object' && e.code === 'already_exists' && e.field === field);
}
function fieldError(e) {
    if (typeof e === 'string')
        return e;
    const what = [e.resource, e.field].filter(Boolean).join(' ');
    switch (e.code) {
        case 'already_exists':
            return `${what} already exists`;
        case 'missing_field':
        case 'missing':
            return `${what} is missing`;
        case 'invalid':
            return `${what} is invalid`;
        default:
            return e.message ?? `${what}: ${e.code ?? 'refused'}`;
    }
}
function isRateLimited(error, message) {
    const remaining = error.response?.headers?.['x-ratelimit-remaining'];
    return ((error.status === 403 || error.status === 429) &&
        (remaining === '0' || /rate limit/i.test(message)));
}
// Only a spent primary limit has a reset time that means anything.
function resetTime(error) {
    if (error.response?.headers?.['x-ratelimit-remaining'] !== '0')
        return '';
    const reset = Number(error.response?.headers?.['x-ratelimit-reset']);
    return reset ? ` (the limit resets at ${new Date(reset * 1000).toISOString()})` : '';
}
function remedy(error, message) {
    const { status } = error;
    if (/rule violations|protected branch|through a pull request/i.test(message)) {
        return 'The branch is protected: exclude the manifest branch from branch protection rules and rulesets (or let this workflow bypass them), or set `manifest-branch` to an unprotected branch.';
    }
    if (isRateLimited(error, message))
        return `GitHub's rate limit outlasted the waits this run allows: re-run later${resetTime(error)}.`;
    if (/Resource not accessible by integration/i.test(message) ||
        (status === 403 && /permission/i.test(message))) {
        return 'The token may not write here: add `permissions: contents: write` to the job (or the workflow), or pass a token that can write to this repository.';
    }
    if (/immutable release/i.test(message)) {
        return 'The release is immutable: bump the version so that a new release is made.';
    }
    if (status === 401)
        return 'The token was refused: check that the `token` input holds a valid token that has not expired or been revoked.';
    if (status === 403)
        return 'The token lacks a permission this step needs: give the job `permissions: contents: write`.';
    if (status === 404) {
        return 'The repository does not exist or the token cannot see it: check the repository name, and for another repository pass a token with access to it (`release-token`).';
    }
    if (status >= 500)
        return 'GitHub did not answer properly, even after retries: re-run the job (https://www.githubstatus.com shows incidents).';
    return '';
}
/** Turns an Octokit failure into a UserError saying what failed, why, and the fix. */
function explainGitHubError(error, doing) {
    if (error instanceof errors/* UserError */.y)
        return error;
    if (!isRequestError(error))
        return error instanceof Error ? error : new Error(String(error));
    const body = errorBody(error);
    const message = (body.message ?? error.message).trim().replace(/\s+/g, ' ');
    const reasons = (body.errors ?? []).map(fieldError);
    const detail = reasons.length ? `${message} (${reasons.join('; ')})` : message;
    const requestId = error.response?.headers?.['x-github-request-id']?.toString();
    const answered = error.response
        ? `GitHub answered ${error.status}`
        : 'GitHub could not be reached';
    const fix = remedy(error, `${message} ${reasons.join(' ')}`);
    const id = requestId ? ` [request id ${requestId}]` : '';
    return new GitHubError(`${answered} while ${doing}: ${detail}.${fix ? ` ${fix}` : ''}${id}`, error.status, requestId);
}

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/github/releases.ts
// Find or create the release for a tag without ever ending with two, and publish it.
// GitHub's lookup by tag does not see drafts and several drafts may share a tag, so releases are
// found by listing; a creation race is settled by the lowest id.



const PER_PAGE = 100;
// After "tag already exists", GitHub's lookup by tag can miss the release for a moment.
const REREAD_DELAYS_MS = [0, 500, 1000, 2000, 4000];
function toAsset(data) {
    if (typeof data?.id !== 'number' || typeof data.name !== 'string') {
        throw new Error(`GitHub answered with something that is not a release asset: ${JSON.stringify(data)?.slice(0, 200)}`);
    }
    return {
        id: data.id,
        name: data.name,
        label: data.label ?? '',
        size: data.size,
        state: data.state,
        digest: data.digest ?? undefined,
        browserDownloadUrl: data.browser_download_url,
        apiUrl: data.url,
    };
}
function toRelease(data) {
    if (typeof data?.id !== 'number' || typeof data.tag_name !== 'string') {
        throw new Error(`GitHub answered with something that is not a release: ${JSON.stringify(data)?.slice(0, 200)}`);
    }
    return {
        id: data.id,
        tag: data.tag_name,
        draft: data.draft,
        immutable: data.immutable ?? false,
        htmlUrl: data.html_url,
        uploadUrl: data.upload_url,
        apiUrl: data.url,
        body: data.body ?? '',
        assets: (data.assets ?? []).map(toAsset),
    };
}
const hasNextPage = (link) => /rel="next"/.test(link ?? '');
async function getByTag(gh, repo, tag) {
    try {
        return toRelease((await gh.rest.repos.getReleaseByTag({ ...repo, tag })).data);
    }
    catch (error) {
        if (isRequestError(error) && error.status === 404)
            return undefined;
        throw explainGitHubError(error, `reading the release for tag ${tag}`);
    }
}
/** Every release holding the tag, drafts included (they are only visible by listing). */
async function releasesWithTag(gh, repo, tag) {
    let response;
    try {
        response = await gh.rest.repos.listReleases({ ...repo, per_page: PER_PAGE });
    }
    catch (error) {
        throw explainGitHubError(error, `listing the releases of ${repo.owner}/${repo.repo}`);
    }
    const found = response.data.filter((r) => r.tag_name === tag).map(toRelease);
    if (found.some((r) => !r.draft) || !hasNextPage(response.headers.link))
        return found;
    // Releases are listed newest first, so a draft for this tag is on the first page; an older
    // published release is found by its tag instead of reading every page.
    const published = await getByTag(gh, repo, tag);
    return published ? [...found, published] : found;
}
/** The release to use: the published one, else the oldest draft. */
function pick(releases, tag) {
    const published = releases.filter((r) => !r.draft);
    if (published.length > 1) {
        const ids = published.map((r) => r.id).join(' and ');
        throw new errors/* UserError */.y(`Releases ${ids} are both published for tag ${tag}, so which one devices should get is unclear. ` +
            'Delete all but one of them on the Releases page, then re-run.');
    }
    return published[0] ?? releases.filter((r) => r.draft).sort((a, b) => a.id - b.id)[0];
}
async function readPublishedAfterConflict(gh, repo, tag) {
    for (const delay of REREAD_DELAYS_MS) {
        await (0,promises_namespaceObject.setTimeout)(delay);
        const release = await getByTag(gh, repo, tag);
        if (release)
            return release;
    }
    throw new errors/* UserError */.y(`GitHub says a published release already holds tag ${tag}, but it could not be read back. Re-run the job in a minute.`);
}
async function createDraft(gh, repo, spec) {
    try {
        const { data } = await gh.rest.repos.createRelease({
            ...repo,
            tag_name: spec.tag,
            target_commitish: spec.targetCommitish,
            name: spec.name,
            body: spec.body,
            draft: true,
        });
        return toRelease(data);
    }
    catch (error) {
        // A published release took the tag since the list was read (another run, or a person).
        if (isAlreadyExists(error, 'tag_name'))
            return readPublishedAfterConflict(gh, repo, spec.tag);
        throw explainGitHubError(error, `creating a draft release for tag ${spec.tag}`);
    }
}
async function deleteDraft(gh, repo, release) {
    try {
        await gh.rest.repos.deleteRelease({ ...repo, release_id: release.id });
    }
    catch (error) {
        if (isRequestError(error) && error.status === 404)
            return;
        throw explainGitHubError(error, `deleting the duplicate draft release ${release.id}`);
    }
}
async function findOrCreateRelease(gh, repo, spec) {
    const existing = pick(await releasesWithTag(gh, repo, spec.tag), spec.tag);
    if (existing)
        return { release: existing, created: false };
    const mine = await createDraft(gh, repo, spec);
    if (!mine.draft)
        return { release: mine, created: false };
    // Runs that listed at the same moment each made a draft: all but the oldest step aside.
    const winner = pick(await releasesWithTag(gh, repo, spec.tag), spec.tag) ?? mine;
    if (winner.id === mine.id)
        return { release: winner, created: true };
    spec.log?.info(`Another run created release ${winner.id} for tag ${spec.tag} at the same time; using it and deleting draft ${mine.id}.`);
    await deleteDraft(gh, repo, mine);
    return { release: winner, created: false };
}
/** Publishes a draft (or updates a published release's notes); the answer carries final asset URLs. */
async function publishRelease(gh, repo, release, options = {}) {
    if (!release.draft && options.body === undefined)
        return release;
    try {
        const { data } = await gh.rest.repos.updateRelease({
            ...repo,
            release_id: release.id,
            draft: false,
            ...(options.body === undefined ? {} : { body: options.body }),
        });
        return toRelease(data);
    }
    catch (error) {
        throw explainGitHubError(error, `publishing release ${release.tag} (id ${release.id})`);
    }
}

;// CONCATENATED MODULE: ./src/github/download-check.ts
// Downloads a published asset the way a device will: anonymously, following redirects, and
// checks the bytes. A manifest must never point at a URL that does not serve its bundle.



const MAX_REDIRECTS = 5;
const DEFAULTS = {
    attempts: 3,
    retryDelayMs: 1000,
    timeoutMs: 120_000,
};
const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost)$/i;
/** https, or http to a loopback host (local tests); anything else is refused. */
function checkUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* UserError */.y(`The download URL "${raw}" is not a URL.`);
    }
    if (url.protocol === 'https:')
        return url;
    if (url.protocol === 'http:' && LOOPBACK.test(url.hostname))
        return url;
    throw new errors/* UserError */.y(`The download URL ${url.origin}${url.pathname} is not https; devices refuse such URLs.`);
}
class DownloadFailed extends errors/* UserError */.y {
    retryable;
    constructor(message, retryable) {
        super(message);
        this.retryable = retryable;
    }
}
async function fetchFollowing(start, signal) {
    let url = checkUrl(start);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        // No Authorization header: devices have none, so the check must succeed without one.
        const response = await fetch(url, { redirect: 'manual', signal });
        const location = response.headers.get('location');
        if (response.status < 300 || response.status >= 400 || !location)
            return response;
        await response.body?.cancel();
        url = checkUrl(new URL(location, url).toString());
    }
    throw new DownloadFailed(`${start} redirects more than ${MAX_REDIRECTS} times.`, false);
}
async function downloadOnce(url, expected, timeoutMs) {
    const signal = AbortSignal.timeout(timeoutMs);
    let response;
    try {
        response = await fetchFollowing(url, signal);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.y)
            throw error;
        throw new DownloadFailed(`Downloading ${url} failed: ${error.message}.`, true);
    }
    if (!response.ok || !response.body) {
        await response.body?.cancel();
        throw new DownloadFailed(`Downloading ${url} anonymously answered ${response.status}; devices could not fetch the bundle.`, true);
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of response.body) {
        hash.update(chunk);
        size += chunk.length;
    }
    const sha256 = hash.digest('hex');
    const hashDiffers = expected.sha256 !== undefined && sha256 !== expected.sha256.toLowerCase();
    if (size !== expected.size || hashDiffers) {
        const want = expected.sha256 ? ` with sha256 ${expected.sha256}` : '';
        throw new DownloadFailed(`${url} serves ${size} bytes with sha256 ${sha256}, but the bundle is ${expected.size} bytes${want}.`, false);
    }
}
async function checkDownload(url, expected, log, options = {}) {
    const { attempts, retryDelayMs, timeoutMs } = { ...DEFAULTS, ...options };
    const start = checkUrl(url);
    if (start.protocol === 'http:') {
        log.warning(`Downloading over plain http from ${start.host}: allowed only because it is this machine.`);
    }
    for (let attempt = 1;; attempt++) {
        try {
            await downloadOnce(url, expected, timeoutMs);
            return;
        }
        catch (error) {
            const retryable = error instanceof DownloadFailed && error.retryable;
            if (!retryable || attempt >= attempts) {
                throw new errors/* UserError */.y(`${error.message} The manifest was not changed; re-run the job once the release downloads.`);
            }
            log.debug(`${error.message} Trying again (${attempt + 1} of ${attempts}).`);
            await (0,promises_namespaceObject.setTimeout)(retryDelayMs * attempt);
        }
    }
}

;// CONCATENATED MODULE: ./src/github/assets.ts
// Release assets: upload (the bytes are a Buffer, so a retry resends them), delete, list, and a
// check that GitHub stored exactly what was sent.





const assets_PER_PAGE = 100;
/** An asset of this name is already on the release and does not hold the bytes being uploaded. */
class AssetExistsError extends errors/* UserError */.y {
    assetName;
    release;
    existing;
    name = 'AssetExistsError';
    constructor(assetName, release, existing) {
        super(`Release ${release.tag} already has an asset named ${assetName} with other content. ` +
            'Delete it on the Releases page (or bump the version), then re-run.');
        this.assetName = assetName;
        this.release = release;
        this.existing = existing;
    }
}
/** GitHub rewrites other characters in asset names; names built with this stay as they are. */
function safeAssetName(name) {
    const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^\.+|\.+$/g, '');
    return safe || 'bundle';
}
async function listAssets(gh, release) {
    try {
        const { data } = await gh.request({
            method: 'GET',
            url: `${release.apiUrl}/assets`,
            per_page: assets_PER_PAGE,
        });
        return data.map(toAsset);
    }
    catch (error) {
        throw explainGitHubError(error, `listing the assets of release ${release.tag}`);
    }
}
const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
// An upload whose answer was lost is retried and meets its own asset: same bytes, same digest.
async function resolveExisting(gh, release, name, data) {
    const existing = (await listAssets(gh, release)).find((a) => a.name === name);
    const ours = existing?.state === 'uploaded' &&
        existing.size === data.length &&
        existing.digest === `sha256:${sha256(data)}`;
    if (existing && ours)
        return existing;
    throw new AssetExistsError(name, release, existing);
}
async function uploadAsset(gh, release, asset) {
    const name = safeAssetName(asset.name);
    try {
        const { data } = await gh.request({
            method: 'POST',
            url: release.uploadUrl,
            name,
            label: asset.label,
            data: asset.data,
            headers: { 'content-type': asset.contentType },
        });
        return toAsset(data);
    }
    catch (error) {
        if (isAlreadyExists(error, 'name'))
            return resolveExisting(gh, release, name, asset.data);
        throw explainGitHubError(error, `uploading ${name} to release ${release.tag}`);
    }
}
async function deleteAsset(gh, repo, assetId) {
    try {
        await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: assetId });
    }
    catch (error) {
        if (isRequestError(error) && error.status === 404)
            return;
        throw explainGitHubError(error, `deleting release asset ${assetId}`);
    }
}
/** GitHub stored the asset completely, with our size and (when it reports one) our SHA-256. */
function verifyAsset(asset, expected) {
    const rerun = 'Re-run the job: it replaces an incomplete asset before the manifest changes.';
    if (asset.state !== 'uploaded') {
        throw new errors/* UserError */.y(`GitHub holds ${asset.name} in state "${asset.state}", not "uploaded": the upload did not complete. ${rerun}`);
    }
    if (asset.size !== expected.size) {
        throw new errors/* UserError */.y(`GitHub holds ${asset.size} bytes for ${asset.name}, but ${expected.size} were sent. ${rerun}`);
    }
    if (asset.digest !== undefined &&
        asset.digest.toLowerCase() !== `sha256:${expected.sha256.toLowerCase()}`) {
        throw new errors/* UserError */.y(`GitHub's digest of ${asset.name} is ${asset.digest}, but the bytes sent have sha256:${expected.sha256}. ${rerun}`);
    }
}

// EXTERNAL MODULE: ./src/manifest/edits.ts + 4 modules
var edits = __nccwpck_require__(9251);
// EXTERNAL MODULE: ./src/manifest/versions.ts
var versions = __nccwpck_require__(7064);
// EXTERNAL MODULE: ./src/manifest/types.ts
var types = __nccwpck_require__(2628);
// EXTERNAL MODULE: ./src/manifest/parse.ts + 2 modules
var parse = __nccwpck_require__(4881);
;// CONCATENATED MODULE: ./src/action/manifest-edit.ts
// Every command changes the manifest the same way: read it, apply a pure edit, and write it
// back with compare-and-swap. On a conflict the store re-reads and this edit is applied again
// to what another run wrote, so concurrent runs never lose each other's entries.


async function readManifest(store, where) {
    const stored = await store.read();
    return { stored, loaded: stored ? load(stored.text, where) : undefined };
}
async function commitEdit(store, snapshot, edit, where) {
    let result;
    let attempted;
    const written = await store.write((current) => {
        result = edit(current ? load(current.text, where).manifest : undefined);
        if (!result.changed)
            return undefined;
        attempted = result;
        return { text: (0,parse/* serializeManifest */.MZ)(result.manifest), message: result.summary };
    }, snapshot.stored ?? null);
    // Re-applied on top of its own landed write, the edit finds nothing to do: report the write.
    if (written.earlierAttemptLanded && attempted)
        result = attempted;
    if (!result)
        throw new Error('The manifest edit was never applied.');
    return { result, commitSha: written.commitSha };
}
// A manifest we cannot read is never overwritten: it may hold the only record of what devices run.
function load(text, where) {
    try {
        return (0,parse/* parseManifest */.Ng)(text);
    }
    catch (error) {
        if (!(error instanceof parse/* ManifestError */.Sh))
            throw error;
        throw new errors/* UserError */.y(`The manifest ${where} cannot be read (${error.message}). It was left as it is: ` +
            'fix it by hand (its JSON Schema is schema/manifest.schema.json in this action), then re-run.');
    }
}

// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __nccwpck_require__(3251);
var light_default = /*#__PURE__*/__nccwpck_require__.n(light);
;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function dist_bundle_isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!dist_bundle_isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var endpoint_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${endpoint_dist_bundle_VERSION} ${getUserAgent()}`;
var dist_bundle_DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function dist_bundle_parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return dist_bundle_parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: dist_bundle_parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, dist_bundle_DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var request_dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${request_dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var dist_bundle_noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(dist_bundle_noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(dist_bundle_noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/version.js
const dist_src_version_VERSION = "6.0.0";


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js

function requestLog(octokit) {
  octokit.hook.wrap("request", (request, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = dist_src_version_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
const plugin_rest_endpoint_methods_dist_src_version_VERSION = "17.0.0";

//# sourceMappingURL=version.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

//# sourceMappingURL=endpoints.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

//# sourceMappingURL=endpoints-to-methods.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js


function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = plugin_rest_endpoint_methods_dist_src_version_VERSION;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = plugin_rest_endpoint_methods_dist_src_version_VERSION;

//# sourceMappingURL=index.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/version.js
const rest_dist_src_version_VERSION = "22.0.1";


;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/index.js





const dist_src_Octokit = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${rest_dist_src_version_VERSION}`
  }
);


;// CONCATENATED MODULE: ./src/github/fetch.ts
// The fetch Octokit uses. Every request gets a deadline, and the answer is read in full here, so
// a connection cut mid-answer becomes a network error that the retry plugin retries, not a
// success with an empty body.
// Statuses whose responses carry no body by definition (the Response constructor refuses one).
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
function fetchWithDeadline(timeoutMs) {
    return async (input, init) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        try {
            const response = await fetch(input, { ...init, signal });
            const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
            return new Response(body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
        }
        catch (error) {
            // Octokit turns a TypeError with a cause into a RequestError (status 500) that is retried.
            throw new TypeError('fetch failed', { cause: error });
        }
    };
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The one place an Octokit is built: REST methods, retries of network faults and 5xx answers,
// and waits on GitHub's rate limits, each bounded in count and in total time.






const PluggedOctokit = dist_src_Octokit.plugin(retry, throttling);
const DEFAULT_TIMING = {
    retries: 3,
    retryBaseMs: 1000,
    rateLimitRetries: 3,
    // A job waits out a secondary limit (GitHub asks for about a minute) but not a primary limit
    // that resets in an hour: that fails with the reset time instead.
    rateLimitMaxWaitSeconds: 300,
    // Big enough for a 60 MB bundle on a slow runner.
    requestTimeoutMs: 300_000,
    // GitHub asks integrations to leave a second between content-creating requests, to stay
    // clear of its secondary rate limits.
    writeSpacingMs: 1000,
};
// Statuses that a retry cannot change: bad input, auth, permissions, missing things, and
// compare-and-swap conflicts, which the caller resolves by re-reading. Rate limits (403, 429)
// are left to the throttling plugin, which waits as GitHub says.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
/** Decides whether to wait out a rate limit, within the count and the total wait allowed. */
function limitHandler(kind, timing, log, waited) {
    return (retryAfter, request, _gh, retryCount) => {
        const what = `${request.method ?? ''} ${request.url ?? ''}`.trim();
        if (retryCount >= timing.rateLimitRetries) {
            log.warning(`GitHub's ${kind} rate limit stopped ${what} after ${retryCount} waits.`);
            return false;
        }
        if (waited.seconds + retryAfter > timing.rateLimitMaxWaitSeconds) {
            log.warning(`GitHub's ${kind} rate limit stopped ${what}: it asks for ${retryAfter}s more, beyond the ${timing.rateLimitMaxWaitSeconds}s this run may wait.`);
            return false;
        }
        waited.seconds += retryAfter;
        log.warning(`GitHub's ${kind} rate limit on ${what}: waiting ${retryAfter}s as GitHub asks (wait ${retryCount + 1} of at most ${timing.rateLimitRetries}).`);
        return true;
    };
}
function createGitHub(options) {
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    const { log } = options;
    const waited = { seconds: 0 };
    return new PluggedOctokit({
        auth: options.token,
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'live-update-release',
        request: { fetch: fetchWithDeadline(timing.requestTimeoutMs) },
        retry: {
            doNotRetry: DO_NOT_RETRY,
            retries: timing.retries,
            retryAfterBaseValue: timing.retryBaseMs,
        },
        throttle: {
            // Each client gets its own queues; concurrent clients in one process do not wait on each other.
            id: `live-update-release-${(0,external_node_crypto_.randomUUID)()}`,
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: timing.writeSpacingMs }),
            onSecondaryRateLimit: limitHandler('secondary', timing, log, waited),
            onRateLimit: limitHandler('primary', timing, log, waited),
        },
        // Octokit logs every failed request, expected ones too (a missing manifest is a 404);
        // our callers explain the failures that matter, so its lines go to the debug log.
        log: {
            debug: (message) => log.debug(message),
            info: (message) => log.debug(message),
            warn: (message) => log.debug(message),
            error: (message) => log.debug(message),
        },
    });
}

;// CONCATENATED MODULE: ./src/github/orphan-branch.ts

const BRANCH_README = `# Live-update manifests

This branch is written by the Capacitor Live Update Release action. It holds the manifest that
the live-update responder serves to devices, and nothing else: it shares no history with the
code of this repository.

Change it with the action's commands (publish, rollback, promote, rollout, prune) rather than by
hand. Every run commits with a compare-and-swap on the manifest file, so runs never overwrite
each other; a hand edit that breaks the JSON stops the next run until it is fixed.
`;
const FILE_MODE = '100644';
function isRefTaken(error) {
    return (isRequestError(error) &&
        error.status === 422 &&
        /already exists/i.test(errorBody(error).message ?? ''));
}
/**
 * Creates `branch` holding these files. Returns the commit sha, or undefined when another run
 * created the branch first (the caller then commits on top of it the normal way).
 */
async function createOrphanBranch(gh, repo, branch, files, message) {
    const doing = `creating the branch ${branch} in ${repo.owner}/${repo.repo}`;
    try {
        const tree = await gh.rest.git.createTree({
            ...repo,
            tree: files.map((f) => ({ path: f.path, mode: FILE_MODE, type: 'blob', content: f.text })),
        });
        const commit = await gh.rest.git.createCommit({
            ...repo,
            message,
            tree: tree.data.sha,
            parents: [],
        });
        await gh.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
        return commit.data.sha;
    }
    catch (error) {
        if (isRefTaken(error))
            return undefined;
        throw explainGitHubError(error, doing);
    }
}

;// CONCATENATED MODULE: ./src/github/manifest-store.ts
// The manifest file on its branch, written with compare-and-swap on the file's blob sha: a
// write based on a stale read is refused by GitHub, and the change is re-applied to what is
// there now. Nothing is ever force-pushed.




// Ten concurrent runs need at most ten rounds: every round, at least one of them lands.
const DEFAULT_MAX_ATTEMPTS = 10;
const DEFAULT_CONFLICT_DELAY_MS = 250;
const MAX_CONFLICT_DELAY_MS = 4000;
const CONFLICT_MESSAGE = /does not match|but expected|wasn't supplied/i;
const NOT_A_CONFLICT = /rule violations|protected branch|pull request|repository is empty/i;
function isConflict(error) {
    if (!isRequestError(error))
        return false;
    const message = errorBody(error).message ?? '';
    if (error.status === 409)
        return !NOT_A_CONFLICT.test(message);
    return error.status === 422 && CONFLICT_MESSAGE.test(message);
}
class ManifestStore {
    gh;
    options;
    maxAttempts;
    constructor(gh, options) {
        this.gh = gh;
        this.options = options;
        this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    }
    get where() {
        const { repo, branch, path } = this.options;
        return `${path} on branch ${branch} of ${repo.owner}/${repo.repo}`;
    }
    /** The file, or undefined when the branch or the file does not exist yet. */
    async read() {
        const { repo, branch, path } = this.options;
        try {
            const { data } = await this.gh.rest.repos.getContent({ ...repo, path, ref: branch });
            if (Array.isArray(data) || data.type !== 'file') {
                throw new errors/* UserError */.y(`${this.where} is a directory or a link, not a file: set \`manifest-path\` to a file.`);
            }
            // Files over 1 MB come without inline content; the blob API serves them.
            const content = data.encoding === 'base64' ? data.content : await this.blobContent(data.sha);
            return { text: Buffer.from(content, 'base64').toString('utf8'), sha: data.sha };
        }
        catch (error) {
            if (isRequestError(error) && error.status === 404)
                return undefined;
            throw explainGitHubError(error, `reading ${this.where}`);
        }
    }
    async blobContent(sha) {
        const { data } = await this.gh.rest.git.getBlob({ ...this.options.repo, file_sha: sha });
        return data.content;
    }
    /**
     * Applies `apply` to the current file and commits the result, re-reading and re-applying
     * after a conflict. Pass what `read()` returned as `known` to skip the first read; leave it
     * out to let `write` read (undefined or null passed explicitly mean "the file is missing").
     */
    async write(apply, known) {
        const knownGiven = arguments.length >= 2;
        let attempted;
        for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
            const current = attempt === 1 && knownGiven ? (known ?? undefined) : await this.read();
            const change = apply(current);
            if (!change)
                return this.nothingToWrite(current, attempted, attempt);
            const commitSha = await this.commit(current, change);
            if (commitSha)
                return { commitSha, text: change.text, attempts: attempt };
            attempted = change.text;
            if (attempt < this.maxAttempts) {
                this.options.log.info(`${this.where} changed while this run wrote it; reading it again (attempt ${attempt + 1} of ${this.maxAttempts}).`);
                await (0,promises_namespaceObject.setTimeout)(this.conflictDelay(attempt));
            }
        }
        throw new errors/* UserError */.y(`${this.where} kept changing under this run: ${this.maxAttempts} attempts each met a newer version. Nothing was lost; re-run the job.`);
    }
    // A write whose answer was lost is retried with the old sha and meets its own result as a
    // conflict; the file then holds exactly what the earlier attempt wrote.
    async nothingToWrite(current, attempted, attempts) {
        if (!current || current.text !== attempted)
            return { text: current?.text, attempts };
        const commitSha = await this.headCommit();
        return { commitSha, text: current.text, attempts, earlierAttemptLanded: true };
    }
    /** The branch's newest commit, or undefined when it cannot be read (the write stands anyway). */
    async headCommit() {
        const { repo, branch } = this.options;
        try {
            const { data } = await this.gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
            return data.object.sha;
        }
        catch {
            return undefined;
        }
    }
    // Full jitter: concurrent runs that collided spread out instead of colliding again.
    conflictDelay(attempt) {
        const unit = this.options.conflictDelayMs ?? DEFAULT_CONFLICT_DELAY_MS;
        return Math.random() * Math.min(MAX_CONFLICT_DELAY_MS, unit * 2 ** (attempt - 1));
    }
    /** The new commit's sha, or undefined when the file changed since `current` was read. */
    async commit(current, change) {
        const { repo, branch, path } = this.options;
        try {
            const { data } = await this.gh.rest.repos.createOrUpdateFileContents({
                ...repo,
                path,
                branch,
                message: change.message,
                content: Buffer.from(change.text, 'utf8').toString('base64'),
                ...(current ? { sha: current.sha } : {}),
            });
            if (!data.commit.sha)
                throw new Error(`GitHub did not return the commit of ${this.where}.`);
            return data.commit.sha;
        }
        catch (error) {
            if (isConflict(error))
                return undefined;
            // First use: the branch does not exist yet (or another run is creating it right now).
            if (!current && isRequestError(error) && error.status === 404)
                return this.createBranch(change);
            throw explainGitHubError(error, `committing ${this.where}`);
        }
    }
    async createBranch(change) {
        const { repo, branch, path, log } = this.options;
        const files = [{ path, text: change.text }];
        if (path.toLowerCase() !== 'readme.md')
            files.push({ path: 'README.md', text: BRANCH_README });
        const commitSha = await createOrphanBranch(this.gh, repo, branch, files, change.message);
        if (commitSha)
            log.info(`Created the branch ${branch} (no shared history) to hold ${path}.`);
        return commitSha;
    }
}
/** Where devices' responder reads the manifest without a token (public repositories). */
function manifestRawUrl(serverUrl, repo, branch, path) {
    const server = new URL(serverUrl);
    const segments = [repo.owner, repo.repo, ...branch.split('/'), ...path.split('/')]
        .map(encodeURIComponent)
        .join('/');
    if (server.hostname === 'github.com')
        return `https://raw.githubusercontent.com/${segments}`;
    const base = serverUrl.replace(/\/+$/, '');
    const [owner, name, ...rest] = segments.split('/');
    return `${base}/${owner}/${name}/raw/${rest.join('/')}`;
}

;// CONCATENATED MODULE: ./src/github/repo.ts


// GitHub's rules: owners are letters, digits and single hyphens (not at the ends), at most 39
// characters; repository names are letters, digits, '.', '_' and '-', and never '.' or '..'.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
function parseRepository(value, input) {
    const trimmed = value.trim();
    const [owner = '', repo = '', ...rest] = trimmed.split('/');
    if (rest.length > 0 || !OWNER.test(owner) || !NAME.test(repo) || repo === '.' || repo === '..') {
        throw new errors/* InputError */.d(input, `"${trimmed}" is not a repository: expected owner/name, for example example-org/example-app.`);
    }
    return { owner, repo };
}
async function getRepository(gh, repo) {
    try {
        const { data } = await gh.rest.repos.get({ owner: repo.owner, repo: repo.repo });
        return { private: data.private, defaultBranch: data.default_branch };
    }
    catch (error) {
        throw explainGitHubError(error, `reading the repository ${repo.owner}/${repo.repo}`);
    }
}

;// CONCATENATED MODULE: ./src/action/targets.ts
// Where a command reads and writes: the manifest always lives in the repository the workflow
// runs in; releases may go to another one (a public repository for a private app).



function resolveTargets(settings, context, log) {
    const manifestRepo = parseRepository(context.repository, 'GITHUB_REPOSITORY');
    const releaseRepoName = settings.repository || context.repository;
    const releaseRepo = parseRepository(releaseRepoName, 'repository');
    const gh = createGitHub({ token: settings.token, apiUrl: context.apiUrl, log });
    const releaseToken = settings.releaseToken || settings.token;
    const releaseGh = releaseToken === settings.token
        ? gh
        : createGitHub({ token: releaseToken, apiUrl: context.apiUrl, log });
    return {
        gh,
        releaseGh,
        manifestRepo,
        manifestStore: new ManifestStore(gh, {
            repo: manifestRepo,
            branch: settings.manifestBranch,
            path: settings.manifestPath,
            log,
        }),
        releaseRepo,
        releaseRepoName,
        manifestWhere: `${settings.manifestBranch}:${settings.manifestPath} in ${context.repository}`,
        manifestUrl: manifestRawUrl(context.serverUrl, manifestRepo, settings.manifestBranch, settings.manifestPath),
    };
}
function moveContext(context) {
    return { at: new Date().toISOString(), run_id: context.runId, run_url: context.runUrl };
}

;// CONCATENATED MODULE: ./src/action/commands.ts
// rollback, promote, rollout and prune: manifest-only commands. None uploads anything; each
// writes with the same compare-and-swap as publish and is safe to re-run.







async function runManifestCommand(settings, context, targets, log) {
    const store = targets.manifestStore;
    const snapshot = await readManifest(store, targets.manifestWhere);
    const manifest = snapshot.loaded?.manifest;
    if (!manifest) {
        throw new errors/* UserError */.y(`There is no manifest at ${targets.manifestWhere} yet: publish a bundle first ` +
            '(or set `manifest-branch` / `manifest-path` to where it lives).');
    }
    const ctx = moveContext(context);
    const edit = await editFor(settings, context, manifest, ctx, log);
    if (!edit) {
        const serving = manifest.channels[settings.channel]?.version;
        const headline = `This run already rolled ${settings.channel} back; it serves ${serving ?? 'nothing'}. Nothing to do.`;
        log.info(headline);
        return base(settings, targets, headline, serving, serving);
    }
    if (settings.dryRun) {
        const preview = edit(manifest);
        const headline = `Dry run: nothing was written. ${preview.summary}`;
        return {
            ...base(settings, targets, headline, preview.channelBefore, preview.channelAfter),
            plan: [`write the manifest: ${preview.summary}`],
        };
    }
    const { result, commitSha } = await commitEdit(store, snapshot, edit, targets.manifestWhere);
    log.info(result.summary);
    return {
        ...base(settings, targets, result.summary, result.channelBefore, result.channelAfter),
        version: result.channelAfter,
        manifestCommit: commitSha,
    };
}
/** The edit to apply, worked out once: on a conflict it is re-applied as it is. */
async function editFor(settings, context, manifest, ctx, log) {
    switch (settings.command) {
        case 'rollback': {
            const target = rollbackTarget(settings, context, manifest);
            if (!target)
                return undefined;
            await checkStillDownloadable(manifest, target, log);
            return (current) => (0,edits/* rollbackChannel */.st)(current ?? manifest, settings.channel, target, ctx);
        }
        case 'promote':
            return (current) => (0,edits/* promoteChannel */.kA)(current ?? manifest, settings.fromChannel, settings.channel, settings.rollout, ctx);
        case 'rollout':
            return (current) => (0,edits/* setRollout */.oJ)(current ?? manifest, settings.channel, settings.rollout, ctx);
        case 'prune':
            return (current) => (0,edits/* pruneBundles */.WY)(current ?? manifest, settings.keep ?? 1);
        default:
            throw new Error(`${settings.command} is not a manifest command.`);
    }
}
// A rollback target is fixed once per run, so a re-applied edit never steps back twice.
function rollbackTarget(settings, context, manifest) {
    if (settings.version) {
        return settings.version === types/* BUILTIN */.s
            ? types/* BUILTIN */.s
            : (0,versions/* parseReleaseVersion */.LQ)(settings.version, 'version');
    }
    const { target, alreadyDone } = (0,edits/* resolveRollbackTarget */.aD)(manifest, settings.channel, context.runId);
    if (alreadyDone)
        return undefined;
    if (target)
        return target;
    throw new errors/* UserError */.y(`Channel ${settings.channel} has no earlier version to roll back to. ` +
        'Name one with `version: 1.2.3`, or `version: builtin` to send devices to the bundle in their app.');
}
// Sending devices to a bundle whose file is gone would fail every download.
async function checkStillDownloadable(manifest, target, log) {
    if (target === types/* BUILTIN */.s)
        return;
    const entry = manifest.bundles[target];
    if (!entry) {
        const known = Object.keys(manifest.bundles).join(', ') || 'none';
        throw new errors/* UserError */.y(`Version ${target} is not in the manifest (bundles: ${known}). Roll back to one of those, or to builtin.`);
    }
    if (entry.delivery !== 'direct')
        return;
    // An encrypted asset's own hash is not recorded; its size still proves the file is there.
    const sha256 = entry.session_key ? undefined : entry.sha256;
    await checkDownload(entry.url, { size: entry.size, sha256 }, log);
}
function base(settings, targets, headline, channelBefore, channelAfter) {
    return {
        command: settings.command,
        headline,
        channel: settings.channel,
        channelBefore,
        channelAfter,
        manifestUrl: targets.manifestUrl,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __nccwpck_require__(6629);
// EXTERNAL MODULE: ./src/action/defaults.ts
var defaults = __nccwpck_require__(6854);
;// CONCATENATED MODULE: ./src/action/app-id.ts



/**
 * The app id comes from the input, else the manifest, else capacitor.config. A mismatch with the
 * manifest is refused: the responder checks it, so devices of the other app would get nothing.
 */
function resolveAppId(input, manifest, folder, workspace, manifestWhere) {
    if (input && manifest && manifest.app_id !== input) {
        throw new errors/* InputError */.d('app-id', `${input}, but the manifest ${manifestWhere} belongs to ${manifest.app_id}. ` +
            'Use another `manifest-path` for a second app, or correct `app-id`.');
    }
    const appId = input || manifest?.app_id || (0,defaults/* findCapacitorAppId */.K)(folder, workspace);
    if (appId)
        return (0,names/* assertAppId */.xB)(appId, input ? 'app-id' : 'appId in capacitor.config');
    throw new errors/* InputError */.d('app-id', `empty, and no capacitor.config.json or capacitor.config.ts with an appId was found from ${folder} ` +
        `up to ${workspace}. Set \`app-id: com.example.app\`.`);
}

// EXTERNAL MODULE: ./src/bundle/encrypt.ts
var encrypt = __nccwpck_require__(6997);
;// CONCATENATED MODULE: ./src/action/release-record.ts
// What a re-run needs to converge is kept beside the asset on GitHub itself: the plain SHA-256
// in the asset's label, and the session key of an encrypted bundle (public anyway: devices
// receive it) in a comment in the release notes. With them a run that died between upload and
// manifest commit can reuse the uploaded asset instead of failing on "already exists".
const LABEL_PREFIX = 'sha256:';
const RECORD = /<!-- live-update-release (\{[^\n]*?\}) -->\n?/g;
function assetLabel(plainSha256) {
    return `${LABEL_PREFIX}${plainSha256}`;
}
function labelSha256(label) {
    return label.startsWith(LABEL_PREFIX) ? label.slice(LABEL_PREFIX.length) : undefined;
}
function readAssetRecord(body, asset) {
    for (const match of body.matchAll(RECORD)) {
        const record = parseRecord(match[1] ?? '');
        if (record?.asset === asset)
            return record;
    }
    return undefined;
}
/** The release notes with `record` added, replacing an older record for the same asset. */
function withAssetRecord(body, record) {
    const others = body.replace(RECORD, (whole, json) => parseRecord(json)?.asset === record.asset ? '' : whole);
    const separator = others && !others.endsWith('\n') ? '\n\n' : '';
    return `${others}${separator}<!-- live-update-release ${JSON.stringify(record)} -->\n`;
}
function parseRecord(json) {
    try {
        const value = JSON.parse(json);
        if (typeof value.asset !== 'string' || typeof value.sha256 !== 'string')
            return undefined;
        const record = {
            asset: value.asset,
            sha256: value.sha256,
            session_key: typeof value.session_key === 'string' ? value.session_key : '',
            key_id: typeof value.key_id === 'string' ? value.key_id : '',
        };
        if (typeof value.digest === 'string')
            record.digest = value.digest;
        return record;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/place-asset.ts
// Publish steps 3 to 6: find or create the release, upload (or reuse) the bundle asset, verify
// what GitHub stored, publish the release and check devices can download the file. Nothing
// here touches the manifest, so a failure leaves devices on the last good bundle.





async function placeAsset(prepared, options) {
    const { gh, repo, log } = options;
    const name = safeAssetName(`${options.appId}-${prepared.version}.zip`);
    const record = {
        asset: name,
        sha256: prepared.bundle.sha256,
        session_key: prepared.payload.sessionKey,
        key_id: prepared.payload.keyId ?? '',
        digest: prepared.payload.dataSha256,
    };
    // Step 3: the release.
    const { release, created } = await findOrCreateRelease(gh, repo, {
        tag: prepared.tag,
        targetCommitish: options.targetCommitish,
        name: options.releaseName || prepared.tag,
        body: withAssetRecord(options.releaseNotes, record),
        log,
    });
    log.info(`${created ? 'Created draft release' : 'Using release'} ${prepared.tag} (id ${release.id}).`);
    // Step 4: upload, unless a matching asset from an earlier attempt is already there.
    const existing = release.assets.find((asset) => asset.name === name);
    const reuse = existing && reusableAsset(existing, release, prepared);
    let asset;
    let body;
    if (existing && reuse) {
        log.info(`Asset ${name} already holds this bundle (sha256 ${prepared.bundle.sha256}); reusing it.`);
        asset = existing;
    }
    else {
        if (release.immutable && !release.draft)
            throw immutableRelease(release, name);
        if (existing) {
            await options.confirmReplaceable();
            log.warning(`Replacing ${name}: an earlier attempt left it incomplete or with other content, and it never reached the manifest.`);
            await deleteAsset(gh, repo, existing.id);
        }
        asset = await uploadAsset(gh, release, {
            name,
            label: assetLabel(prepared.bundle.sha256),
            data: prepared.payload.data,
            contentType: 'application/zip',
        }).catch((error) => {
            throw error instanceof AssetExistsError ? uploadRaceLost(error, prepared) : error;
        });
        log.info(`Uploaded ${name} (${asset.size} bytes).`);
        // A release made by an earlier attempt carries that attempt's record: update it.
        if (!created)
            body = withAssetRecord(release.body, record);
    }
    // Step 5: GitHub stored exactly our bytes.
    const expected = reuse?.expected ?? uploaded(prepared);
    verifyAsset(asset, expected);
    // Step 6: publish, then read the final URL (a draft's download URL changes on publish).
    const published = release.draft || body ? await publishRelease(gh, repo, release, { body }) : release;
    const final = published.assets.find((a) => a.id === asset.id) ?? asset;
    if (options.delivery === 'direct') {
        await checkDownload(final.browserDownloadUrl, expected, log);
        log.info(`Devices can download ${final.browserDownloadUrl}.`);
    }
    return {
        release: published,
        asset: final,
        payload: reuse?.payload ?? prepared.payload,
        reused: Boolean(reuse),
    };
}
function uploaded(prepared) {
    return { size: prepared.payload.data.length, sha256: prepared.payload.dataSha256 };
}
/**
 * An existing asset can stand in for ours when it holds the same plain zip, completely (a run
 * that died at verification leaves an incomplete one behind), and for an encrypted bundle when
 * the recorded session key belongs to exactly these bytes and our key: devices need both.
 */
function reusableAsset(asset, release, prepared) {
    if (asset.state !== 'uploaded' || labelSha256(asset.label) !== prepared.bundle.sha256)
        return undefined;
    if (!prepared.key) {
        const expected = uploaded(prepared);
        const payload = { checksum: prepared.bundle.sha256, sessionKey: '' };
        return holds(asset, expected) ? { payload, expected } : undefined;
    }
    const record = readAssetRecord(release.body, asset.name);
    if (!record?.session_key || !record.digest || record.key_id !== prepared.key.keyId)
        return undefined;
    const expected = { size: asset.size, sha256: record.digest };
    if (!holds(asset, expected))
        return undefined;
    const payload = {
        checksum: (0,encrypt/* encryptedChecksum */.Qv)(prepared.bundle.sha256, prepared.key),
        sessionKey: record.session_key,
        keyId: prepared.key.keyId,
    };
    return { payload, expected };
}
function holds(asset, expected) {
    const digest = asset.digest?.toLowerCase();
    return (asset.size === expected.size && (digest === undefined || digest === `sha256:${expected.sha256}`));
}
// The name was free when the release was read, so another run has uploaded under it since. Its
// asset may already be what devices are sent: it is never the fix to delete it.
function uploadRaceLost(error, prepared) {
    const where = `${error.assetName} to release ${error.release.tag}`;
    if (error.existing && labelSha256(error.existing.label) === prepared.bundle.sha256) {
        return new errors/* UserError */.y(`Another run uploaded this same bundle as ${where} while this run was uploading ` +
            `(encrypted with its own session key). Nothing was changed: re-run this job once that run ` +
            `has finished, and it will find ${prepared.version} published.`);
    }
    return new errors/* UserError */.y(`Another run uploaded other content as ${where} while this run was uploading: two runs are ` +
        `publishing ${prepared.version} with different bundles. Devices keep bundles by version ` +
        'name, so bump the version of one of them.');
}
// Only reached when the version is not in the manifest, so no device was ever sent this asset.
function immutableRelease(release, name) {
    return new errors/* UserError */.y(`Release ${release.tag} is published and immutable, and it does not hold this bundle as ${name}. ` +
        'Bump the version: devices cache bundles by version name, and GitHub refuses new assets there.');
}

// EXTERNAL MODULE: ./src/action/prepare.ts + 14 modules
var prepare = __nccwpck_require__(1709);
;// CONCATENATED MODULE: ./src/action/publish.ts
// The publish command, in the order of the design: build and check locally, check the
// manifest, release, upload, verify, publish, and only then commit the manifest. A failure at
// any step leaves devices on the last good bundle, and a re-run finishes the job.











async function publish(settings, context, targets, log) {
    // Step 1: build and check locally.
    const prepared = await (0,prepare/* prepareBundle */.A)(settings, context, log);
    // Step 2: what the manifest already says about this version.
    const store = targets.manifestStore;
    const snapshot = await readManifest(store, targets.manifestWhere);
    const manifest = snapshot.loaded?.manifest;
    const folder = external_node_path_default().resolve(context.workspace, settings.path);
    const appId = resolveAppId(settings.appId, manifest, folder, context.workspace, targets.manifestWhere);
    const serving = manifest?.channels[settings.channel]?.version;
    const known = manifest && (0,edits/* findPublished */.e2)(manifest, prepared.version, prepared.bundle.sha256);
    if (known)
        return alreadyPublished(known, prepared, serving, settings, targets, log);
    await refusePrivateDirectDelivery(settings, context, targets);
    if (settings.dryRun)
        return dryRun(prepared, serving, settings, targets, appId);
    // Steps 3 to 6: release, upload, verify, publish, download check.
    const placed = await placeAsset(prepared, {
        gh: targets.releaseGh,
        repo: targets.releaseRepo,
        appId,
        targetCommitish: context.sha,
        releaseName: settings.releaseName,
        releaseNotes: settings.releaseNotes,
        delivery: settings.delivery,
        log,
        confirmReplaceable: () => confirmUnrecorded(store, prepared, targets.manifestWhere),
    });
    // Step 7: record the bundle and move the channel, with compare-and-swap.
    const entry = bundleEntry(prepared, placed, settings, context, targets);
    const { result, commitSha } = await commitEdit(store, snapshot, (current) => (0,edits/* recordBundle */.G2)(current ?? (0,parse/* emptyManifest */.dR)(appId), entry, {
        channel: settings.channel,
        rollout: settings.rollout,
        ctx: moveContext(context),
    }), targets.manifestWhere);
    log.info(result.summary);
    return {
        command: 'publish',
        headline: result.summary,
        channel: settings.channel,
        channelBefore: result.channelBefore,
        channelAfter: result.channelAfter,
        version: prepared.version,
        checksum: entry.checksum,
        sha256: entry.sha256,
        sessionKey: entry.session_key,
        url: entry.url,
        size: entry.size,
        files: prepared.bundle.files,
        releaseUrl: entry.release_url,
        manifestCommit: commitSha,
        manifestUrl: targets.manifestUrl,
    };
}
function alreadyPublished(known, prepared, serving, settings, targets, log) {
    refuseKeyChange(known, prepared);
    const headline = `Version ${prepared.version} is already published with this content; nothing was written.` +
        (serving === prepared.version
            ? ''
            : ` Channel ${settings.channel} serves ${serving ?? 'nothing'}; use promote or rollback to move it.`);
    log.info(headline);
    return {
        command: 'publish',
        headline,
        channel: settings.channel,
        channelBefore: serving,
        channelAfter: serving,
        version: known.version,
        checksum: known.checksum,
        sha256: known.sha256,
        sessionKey: known.session_key,
        url: known.url,
        size: known.size,
        files: prepared.bundle.files,
        releaseUrl: known.release_url,
        manifestUrl: targets.manifestUrl,
    };
}
// A run that read the manifest before another run recorded this version would otherwise delete
// the asset devices are now sent, or put other bytes behind its URL and checksum.
async function confirmUnrecorded(store, prepared, where) {
    const manifest = (await readManifest(store, where)).loaded?.manifest;
    if (!manifest || !(0,edits/* findPublished */.e2)(manifest, prepared.version, prepared.bundle.sha256))
        return;
    throw new errors/* UserError */.y(`Another run published ${prepared.version} with this content while this run was uploading, ` +
        'so its release asset was left as it is. Nothing is left to do; a re-run says "already published".');
}
// Same content under another key (or none) is still a different bundle for devices: an app
// carrying the new public key cannot open the one already published.
function refuseKeyChange(known, prepared) {
    const publishedKey = known.session_key ? (known.key_id ?? 'an unknown key') : 'no encryption';
    const thisKey = prepared.key ? prepared.key.keyId : 'no encryption';
    if (publishedKey === thisKey)
        return;
    throw new errors/* UserError */.y(`Version ${prepared.version} is already published with ${describeKey(publishedKey)}; this run uses ` +
        `${describeKey(thisKey)}. Devices cache bundles by version name, so bump the version to publish ` +
        'it with this key (or run with the key it was published with).');
}
function describeKey(key) {
    return key === 'no encryption' ? 'no encryption' : `the key ${key}`;
}
// Devices cannot authenticate, so they cannot download a private repository's assets.
async function refusePrivateDirectDelivery(settings, context, targets) {
    if (settings.delivery !== 'direct')
        return;
    const sameRepo = targets.releaseRepoName === context.repository;
    const isPrivate = sameRepo && context.repositoryPrivate !== undefined
        ? context.repositoryPrivate
        : (await getRepository(targets.releaseGh, targets.releaseRepo)).private;
    if (!isPrivate)
        return;
    throw new errors/* UserError */.y(`Releases would go to ${targets.releaseRepoName}, which is private, and devices cannot download ` +
        'private release assets. Either publish releases to a public repository (`repository: owner/public-repo` ' +
        'with `release-token`), or set `delivery: proxy` and give the responder a GITHUB_TOKEN and PUBLIC_URL.');
}
function dryRun(prepared, serving, settings, targets, appId) {
    const plan = [
        `find or create release ${prepared.tag} in ${targets.releaseRepoName}`,
        `upload ${appId}-${prepared.version}.zip (${prepared.payload.data.length} bytes, sha256 ${prepared.payload.dataSha256})`,
        `publish the release and check the download`,
        `record ${prepared.version} in ${targets.manifestWhere} and move ${settings.channel} ` +
            `to it if higher than ${serving ?? 'nothing'} (rollout ${settings.rollout}%)`,
    ];
    return {
        command: 'publish',
        headline: `Dry run: ${prepared.version} is ready to publish; nothing was written.`,
        channel: settings.channel,
        channelBefore: serving,
        channelAfter: wouldServe(prepared.version, serving),
        version: prepared.version,
        checksum: prepared.payload.checksum,
        sha256: prepared.bundle.sha256,
        sessionKey: prepared.payload.sessionKey,
        size: prepared.payload.data.length,
        files: prepared.bundle.files,
        manifestUrl: targets.manifestUrl,
        plan,
    };
}
// A publish moves a channel only upwards (absent and builtin count as lowest).
function wouldServe(version, serving) {
    return !serving || (0,versions/* compareVersions */.Zy)(version, serving) > 0 ? version : serving;
}
function bundleEntry(prepared, placed, settings, context, targets) {
    const entry = {
        version: prepared.version,
        url: placed.asset.browserDownloadUrl,
        checksum: placed.payload.checksum,
        session_key: placed.payload.sessionKey,
        sha256: prepared.bundle.sha256,
        size: placed.asset.size,
        platforms: settings.platforms,
        tag: placed.release.tag,
        release_url: placed.release.htmlUrl,
        repository: targets.releaseRepoName,
        asset_name: placed.asset.name,
        asset_id: placed.asset.id,
        delivery: settings.delivery,
        created_at: new Date().toISOString(),
        commit: context.sha,
        files: prepared.bundle.files,
    };
    if (placed.payload.keyId)
        entry.key_id = placed.payload.keyId;
    if (settings.nativeVersions)
        entry.native_versions = settings.nativeVersions;
    return entry;
}

;// CONCATENATED MODULE: ./src/action/run.ts



async function runCommand(settings, context, log) {
    const targets = resolveTargets(settings, context, log);
    return settings.command === 'publish'
        ? publish(settings, context, targets, log)
        : runManifestCommand(settings, context, targets, log);
}

;// CONCATENATED MODULE: ./src/action/settings.ts
// Every input is read and validated here, once, into one typed object. A refusal names the
// input, the value and what to do; nothing later re-reads an input.


const COMMANDS = ['publish', 'rollback', 'promote', 'rollout', 'prune'];
const PLATFORMS = ['ios', 'android', 'electron'];
const DELIVERIES = ['direct', 'proxy'];
function readSettings(input) {
    const command = oneOf('command', input('command') || 'publish', COMMANDS);
    const settings = {
        command,
        path: input('path'),
        version: input('version'),
        channel: channelName('channel', input('channel') || 'production'),
        fromChannel: input('from-channel') ? channelName('from-channel', input('from-channel')) : '',
        appId: appId(input('app-id')),
        token: input('token'),
        repository: input('repository'),
        releaseToken: input('release-token'),
        tag: tagName(input('tag')),
        releaseName: input('release-name'),
        releaseNotes: input('release-notes'),
        encryptionKey: input('encryption-key'),
        manifestPath: manifestPath(input('manifest-path') || 'live-update/manifest.json'),
        manifestBranch: branchName(input('manifest-branch') || 'live-updates'),
        nativeVersions: input('native-versions'),
        platforms: platforms(input('platforms') || 'ios,android'),
        rollout: percent('rollout', input('rollout') || '100'),
        keep: input('keep') ? positiveInteger('keep', input('keep')) : undefined,
        delivery: oneOf('delivery', input('delivery') || 'direct', DELIVERIES),
        requireNotifyAppReady: bool('require-notify-app-ready', input('require-notify-app-ready'), true),
        dryRun: bool('dry-run', input('dry-run'), false),
    };
    requireForCommand(settings);
    return settings;
}
function requireForCommand(s) {
    if (!s.token) {
        throw new errors/* InputError */.d('token', 'empty. Pass `token: ${{ github.token }}` (the default) or a PAT.');
    }
    if (s.command === 'publish' && !s.path) {
        throw new errors/* InputError */.d('path', 'required for `command: publish`: the built web folder, e.g. `www`.');
    }
    if (s.command === 'promote' && !s.fromChannel) {
        throw new errors/* InputError */.d('from-channel', 'required for `command: promote`: the channel to copy from.');
    }
    if (s.command === 'promote' && s.fromChannel === s.channel) {
        throw new errors/* InputError */.d('from-channel', `the same as \`channel\` (${s.channel}); name another channel.`);
    }
    if (s.command === 'prune' && s.keep === undefined) {
        throw new errors/* InputError */.d('keep', 'required for `command: prune`: how many bundles per channel stay.');
    }
}
function oneOf(name, raw, allowed) {
    const value = raw.trim().toLowerCase();
    if (allowed.includes(value))
        return value;
    throw new errors/* InputError */.d(name, `${JSON.stringify(raw)} is not one of ${allowed.join(', ')}.`);
}
function channelName(name, raw) {
    return (0,names/* assertChannelName */.Lz)(raw, name);
}
function appId(raw) {
    return raw ? (0,names/* assertAppId */.xB)(raw, 'app-id') : raw;
}
function tagName(raw) {
    if (!raw || /^[^\s~^:?*[\\]+$/.test(raw))
        return raw;
    throw new errors/* InputError */.d('tag', `${JSON.stringify(raw)} is not a valid git tag name.`);
}
function manifestPath(raw) {
    const parts = raw.split('/');
    if (!raw.startsWith('/') &&
        !raw.includes('\\') &&
        parts.every((p) => p && p !== '.' && p !== '..')) {
        return raw;
    }
    throw new errors/* InputError */.d('manifest-path', `${JSON.stringify(raw)} must be a relative path inside the branch, e.g. live-update/manifest.json.`);
}
function branchName(raw) {
    if (/^(?!\/)(?!.*\/\/)(?!.*\.\.)[^\s~^:?*[\\]+(?<![/.])$/.test(raw))
        return raw;
    throw new errors/* InputError */.d('manifest-branch', `${JSON.stringify(raw)} is not a valid branch name.`);
}
function platforms(raw) {
    const list = raw
        .split(',')
        .map((p) => p.trim().toLowerCase())
        .filter(Boolean);
    const unknown = list.filter((p) => !PLATFORMS.includes(p));
    if (list.length === 0 || unknown.length > 0) {
        throw new errors/* InputError */.d('platforms', `${JSON.stringify(raw)}: expected a comma-separated list of ${PLATFORMS.join(', ')}.`);
    }
    return [...new Set(list)];
}
function percent(name, raw) {
    const value = Number(raw.trim().replace(/%$/, ''));
    if (Number.isInteger(value) && value >= 0 && value <= 100)
        return value;
    throw new errors/* InputError */.d(name, `${JSON.stringify(raw)} is not a whole percent from 0 to 100.`);
}
function positiveInteger(name, raw) {
    const value = Number(raw.trim());
    if (Number.isInteger(value) && value >= 1)
        return value;
    throw new errors/* InputError */.d(name, `${JSON.stringify(raw)} is not a whole number of at least 1.`);
}
// The same spellings `core.getBooleanInput` accepts, so behaviour matches other actions.
function bool(name, raw, fallback) {
    if (raw === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new errors/* InputError */.d(name, `${JSON.stringify(raw)} is not true or false.`);
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(7593);
;// CONCATENATED MODULE: ./src/cli/action-options.ts

const INPUTS = {
    path: { type: 'string', value: 'dir', help: 'The built web folder, e.g. www.' },
    version: {
        type: 'string',
        value: 'semver',
        help: 'Bundle version (default: the nearest package.json).',
    },
    channel: { type: 'string', value: 'name', help: 'The channel to set (default production).' },
    'from-channel': { type: 'string', value: 'name', help: 'The channel to copy from.' },
    'app-id': {
        type: 'string',
        value: 'id',
        help: 'App id (default: the manifest, else capacitor.config).',
    },
    tag: { type: 'string', value: 'tag', help: 'Release tag (default v<version>).' },
    'release-name': { type: 'string', value: 'text', help: 'Release title.' },
    'release-notes': { type: 'string', value: 'text', help: 'Release notes.' },
    repository: {
        type: 'string',
        value: 'owner/name',
        help: 'Where releases go (default: the manifest repository).',
    },
    'release-token': {
        type: 'string',
        value: 'token',
        help: 'Token for --repository when it differs.',
    },
    'native-versions': {
        type: 'string',
        value: 'range',
        help: 'Semver range of native app versions the bundle fits.',
    },
    platforms: {
        type: 'string',
        value: 'list',
        help: 'Platforms this bundle is for (default ios,android).',
    },
    rollout: { type: 'string', value: 'percent', help: 'Rollout percent (default 100).' },
    keep: { type: 'string', value: 'n', help: 'Bundles per channel history to keep.' },
    delivery: {
        type: 'string',
        value: 'direct|proxy',
        help: 'How devices download (default direct).',
    },
    'encryption-key-file': {
        type: 'string',
        value: 'file',
        help: 'RSA-2048 private key PEM (or env LIVE_UPDATE_PRIVATE_KEY).',
    },
    'require-notify-app-ready': {
        type: 'string',
        value: 'true|false',
        help: 'Refuse a bundle with no notifyAppReady (default true).',
    },
};
const ROLLBACK_VERSION = {
    type: 'string',
    value: 'semver|builtin',
    help: 'The version to go back to (default: the last one the channel served before).',
};
const ACCESS = {
    token: {
        type: 'string',
        value: 'token',
        help: 'GitHub token that can write contents (default env GITHUB_TOKEN).',
    },
    'manifest-repository': {
        type: 'string',
        value: 'owner/name',
        help: 'Repository holding the manifest (default env GITHUB_REPOSITORY, else the GitHub ' +
            'origin remote).',
    },
    'manifest-path': { type: 'string', value: 'path', help: 'Default live-update/manifest.json.' },
    'manifest-branch': { type: 'string', value: 'branch', help: 'Default live-updates.' },
    'api-url': {
        type: 'string',
        value: 'url',
        help: 'GitHub API (default env GITHUB_API_URL, else from --server-url).',
    },
    'server-url': {
        type: 'string',
        value: 'url',
        help: 'GitHub web host (default env GITHUB_SERVER_URL, else https://github.com).',
    },
    'dry-run': {
        type: 'boolean',
        help: 'Do everything up to the first GitHub write and print the plan.',
    },
};
const COMMAND_INPUTS = {
    publish: [
        'path',
        'version',
        'channel',
        'app-id',
        'tag',
        'release-name',
        'release-notes',
        'repository',
        'release-token',
        'native-versions',
        'platforms',
        'rollout',
        'delivery',
        'encryption-key-file',
        'require-notify-app-ready',
    ],
    rollback: ['channel', 'version'],
    promote: ['channel', 'from-channel', 'rollout'],
    rollout: ['channel', 'rollout'],
    prune: ['keep'],
};
const DESCRIPTIONS = {
    publish: [
        'Zip, upload and record a bundle, then move the channel',
        'Builds the folder into a bundle, attaches it to a GitHub Release and commits the ' +
            'manifest, as the action does.',
    ],
    rollback: [
        'Move a channel back to an earlier version',
        'Moves --channel back to --version, or to the last version it served before the current one.',
    ],
    promote: [
        'Point a channel at what another channel serves',
        'Sets --channel to the version --from-channel serves now.',
    ],
    rollout: ["Change a channel's rollout percent", "Sets --channel's rollout to --rollout percent."],
    prune: [
        'Drop old bundles from the manifest',
        'Keeps --keep bundles per channel history; never one a channel serves. Releases stay.',
    ],
};
const PUBLISH_SHA = {
    type: 'string',
    value: 'commit',
    help: 'Release target (default git rev-parse HEAD).',
};
function commandOptions(command) {
    const inputs = COMMAND_INPUTS[command].map((name) => {
        const spec = command === 'rollback' && name === 'version' ? ROLLBACK_VERSION : INPUTS[name];
        return [name, spec];
    });
    return {
        ...Object.fromEntries(inputs),
        ...ACCESS,
        ...(command === 'publish' ? { sha: PUBLISH_SHA } : {}),
        ...cli_args/* JSON_OPTION */.rj,
    };
}

// EXTERNAL MODULE: ./src/cli/key-input.ts
var key_input = __nccwpck_require__(4252);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __nccwpck_require__(6657);
// EXTERNAL MODULE: ./src/cli/run-context.ts + 2 modules
var run_context = __nccwpck_require__(3345);
;// CONCATENATED MODULE: ./src/cli/action-commands.ts
// publish, rollback, promote, rollout and prune outside GitHub Actions: flags become the
// action's inputs, the runner's context is worked out locally, and the action's runner does
// the work, so both behave alike.








const actionCommands = Object.keys(COMMAND_INPUTS).map((command) => ({
    name: command,
    summary: DESCRIPTIONS[command][0],
    description: `${DESCRIPTIONS[command][1]} Writes go to GitHub unless --dry-run.`,
    positionals: [],
    options: commandOptions(command),
    run: (args) => runActionCommand(command, args),
}));
async function runActionCommand(command, args) {
    const { values } = args;
    let key;
    const flagFor = (input) => input === 'encryption-key' && key ? key.source : `--${input}`;
    try {
        const context = (0,run_context/* cliRunContext */.Ru)({
            manifestRepository: (0,cli_args/* text */.Qq)(values, 'manifest-repository'),
            apiUrl: (0,cli_args/* text */.Qq)(values, 'api-url'),
            serverUrl: (0,cli_args/* text */.Qq)(values, 'server-url'),
            sha: (0,cli_args/* text */.Qq)(values, 'sha'),
        }, process.env, process.cwd());
        if (command === 'publish')
            key = (0,key_input/* readKeyInput */.YT)((0,cli_args/* text */.Qq)(values, 'encryption-key-file'), process.env);
        const settings = settingsFrom(command, args, key, context.workspace);
        const result = await runCommand(settings, context, (0,output/* consoleLog */.aO)(args.debug));
        if (args.json)
            (0,output/* printJson */.Q2)(result);
        else
            printResult(result);
        return 0;
    }
    catch (error) {
        (0,output/* reportError */.N7)(error, args.debug, flagFor);
        return (0,output/* exitCodeOf */.FO)(error);
    }
}
function settingsFrom(command, args, key, workspace) {
    const token = (0,cli_args/* text */.Qq)(args.values, 'token') || process.env.GITHUB_TOKEN || '';
    if (!token) {
        throw new cli_args/* UsageError */.eb('--token: missing. Pass --token or set GITHUB_TOKEN to a token that can write contents.');
    }
    const folder = (0,cli_args/* text */.Qq)(args.values, 'path');
    const inputs = {
        command,
        token,
        // The action resolves `path` against the workspace; on the command line it is relative to
        // where the user stands.
        path: folder && (0,run_context/* pathInput */.gm)(folder, workspace, process.cwd()),
        'encryption-key': key?.pem ?? '',
        'dry-run': args.values['dry-run'] ? 'true' : '',
    };
    const input = (name) => inputs[name] ?? (0,cli_args/* text */.Qq)(args.values, name);
    try {
        return readSettings(input);
    }
    catch (error) {
        // These refusals are about how a flag was written: the command line needs fixing.
        if (error instanceof errors/* InputError */.d && error.input !== 'encryption-key') {
            throw new cli_args/* UsageError */.eb(`--${error.input}: ${error.message.replace(/^Input `[^`]+`: /, '')}`);
        }
        throw error;
    }
}
function printResult(result) {
    (0,output/* out */.FD)(result.headline.charAt(0).toUpperCase() + result.headline.slice(1));
    const moved = result.channelBefore !== undefined || result.channelAfter !== undefined;
    (0,output/* printFields */.H9)([
        [
            'channel',
            moved
                ? `${result.channel}: ${result.channelBefore ?? 'nothing'} → ` +
                    (result.channelAfter ?? 'nothing')
                : result.channel,
        ],
        ['version', result.version],
        ['files', result.files],
        ['size', result.size === undefined ? undefined : `${result.size} bytes`],
        ['sha256', result.sha256],
        ['checksum', result.checksum],
        ['session key', result.sessionKey],
        ['url', result.url],
        ['release', result.releaseUrl],
        ['manifest', result.manifestUrl],
        ['commit', result.manifestCommit],
    ]);
    if (result.plan) {
        (0,output/* out */.FD)('Plan (nothing was written):');
        for (const step of result.plan)
            (0,output/* out */.FD)(`  - ${step}`);
    }
}


/***/ }),

/***/ 7363:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ inCliWords),
/* harmony export */   v: () => (/* binding */ asFlag)
/* harmony export */ });
// The action's refusals are worded for a workflow file (`set \`path\``, `the version input`).
// The CLI shows the same refusals, so this table rewrites those phrases into the flags a
// command-line user types. Only these known phrases change; everything else is left as it is.
const asFlag = (input) => `--${input}`;
/** A flag with its value, as typed: `--version 1.2.3`, or just the value for a positional. */
function typed(flag, value) {
    return flag.startsWith('--') ? `${flag} ${value}` : value;
}
function capitalized(first, text) {
    return first === first.toUpperCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
const INPUT = '([a-z][a-z0-9-]*)';
const RULES = [
    // "Set `version: 1.2.3`", "set `require-notify-app-ready: false`"
    [
        new RegExp(`\\b([Ss])et \`${INPUT}: ([^\`]+)\``, 'g'),
        (flagFor, s, input, value) => capitalized(s, `pass ${typed(flagFor(input), value)}`),
    ],
    // "set `path` to the folder ..."
    [new RegExp(`\\b([Ss])et \`${INPUT}\``, 'g'), (flagFor, s, input) => `${s}et ${flagFor(input)}`],
    // "did you mean path: www/dist?"
    [
        new RegExp(`did you mean ${INPUT}: ([^\\s?]+)\\?`, 'g'),
        (flagFor, input, value) => `did you mean ${typed(flagFor(input), value)}?`,
    ],
    // "(from the version input)"
    [new RegExp(`\\bthe ${INPUT} input\\b`, 'g'), (flagFor, input) => flagFor(input)],
    // "the `token` input holds ..."
    [
        new RegExp(`\\bthe \`${INPUT}\` input\\b`, 'g'),
        (flagFor, input) => input === 'token' ? `${flagFor('token')} (or GITHUB_TOKEN)` : flagFor(input),
    ],
];
function inCliWords(message, flagFor = asFlag) {
    return RULES.reduce((text, [pattern, replace]) => text.replace(pattern, (_match, ...groups) => replace(flagFor, ...groups.filter((g) => typeof g === 'string'))), message);
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   RX: () => (/* binding */ PROGRAM),
/* harmony export */   a8: () => (/* binding */ programHelp),
/* harmony export */   bD: () => (/* binding */ commandHelp),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   m6: () => (/* binding */ booleanText),
/* harmony export */   rj: () => (/* binding */ JSON_OPTION)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
// Command-line parsing shared by every command: each option is declared once with its help
// text, parsed with node:util, and every refusal becomes a usage error (exit code 2).

const PROGRAM = 'live-update-release';
/** A command line that cannot be run as written; the fix is in `--help`. */
class UsageError extends Error {
    name = 'UsageError';
}
const JSON_OPTION = {
    json: { type: 'boolean', help: 'Print the result as JSON on stdout, for scripts.' },
};
const COMMON_OPTIONS = {
    debug: { type: 'boolean', help: 'Show debug logs, and the stack trace of an unexpected error.' },
    help: { type: 'boolean', short: 'h', help: 'Show this help.' },
};
/** The parsed command line, or undefined when `--help` was asked for. */
function parseCommandLine(spec, argv) {
    const specs = { ...spec.options, ...COMMON_OPTIONS };
    const options = Object.fromEntries(Object.entries(specs).map(([name, o]) => [
        name,
        o.short ? { type: o.type, short: o.short } : { type: o.type },
    ]));
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        // Node's messages go on to explain `--`; the first sentence is the useful part.
        throw new UsageError(error.message.split('. ')[0] ?? String(error));
    }
    const values = parsed.values;
    if (values.help)
        return undefined;
    checkPositionals(spec, parsed.positionals);
    return { positionals: parsed.positionals, values, json: !!values.json, debug: !!values.debug };
}
function checkPositionals(spec, positionals) {
    const extra = positionals[spec.positionals.length];
    if (extra !== undefined)
        throw new UsageError(`unexpected argument ${JSON.stringify(extra)}`);
    const missing = spec.positionals.find((p, i) => p.required && !positionals[i]);
    if (missing)
        throw new UsageError(`missing <${missing.name}>`);
}
function commandHelp(spec) {
    const args = spec.positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`));
    const rows = Object.entries({ ...spec.options, ...COMMON_OPTIONS }).map(([name, o]) => {
        const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` <${o.value}>` : ''}`;
        return [flag, o.help];
    });
    return [
        `Usage: ${PROGRAM} ${[spec.name, ...args, '[options]'].join(' ')}`,
        '',
        ...wrap(spec.description, HELP_WIDTH),
        '',
        'Options:',
        ...table(rows),
        '',
    ].join('\n');
}
function programHelp(commands) {
    return [
        `Usage: ${PROGRAM} <command> [options]`,
        '',
        'Live-update bundles for Capacitor apps (@capgo/capacitor-updater), published to GitHub',
        'Releases with a manifest in the repository, and served by a small responder.',
        '',
        'Commands:',
        ...table(commands.map((c) => [c.name, c.summary])),
        '',
        `Run \`${PROGRAM} <command> --help\` for a command's options.`,
        'Exit codes: 0 success, 1 failure, 2 usage error.',
        '',
    ].join('\n');
}
const HELP_WIDTH = 100;
function table(rows) {
    const width = Math.max(...rows.map(([left]) => left.length)) + 2;
    const indent = ' '.repeat(width + 2);
    return rows.flatMap(([left, right]) => {
        const [first = '', ...more] = wrap(right, Math.max(40, HELP_WIDTH - indent.length));
        return [`  ${left.padEnd(width)}${first}`, ...more.map((line) => indent + line)];
    });
}
function wrap(paragraph, width) {
    const lines = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
}
/** A string option's value, or '' when it was not given. */
function text(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : '';
}
/** A `true|false` option, as the action's boolean inputs are written. */
function booleanText(values, name, fallback) {
    const value = text(values, name);
    if (value === '')
        return fallback;
    if (value === 'true' || value === 'false')
        return value === 'true';
    throw new UsageError(`--${name}: ${JSON.stringify(value)} is not true or false.`);
}


/***/ }),

/***/ 9599:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Files the CLI writes are replaced in one step: a temporary file beside the target, renamed
// over it, so an interrupted or refused run never leaves a half-written zip or manifest.


function writeFileAtomic(file, data) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, data, { flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, target);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 3192:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ bundleCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _action_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6854);
/* harmony import */ var _action_prepare_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1709);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6629);
/* harmony import */ var _action_wording_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7363);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7593);
/* harmony import */ var _key_input_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4252);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(9599);
/* harmony import */ var _local_manifest_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(7327);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(6657);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(3345);
// `bundle <path>`: publish's first step alone, with no network. It builds and checks the zip,
// hashes and optionally encrypts it, and shows what publish would upload and record, so a team
// can try a build folder before CI does. With --manifest-out it also records the bundle in a
// manifest on disk, for `serve` and `check` to try it the way a device would.












const bundleCommand = {
    name: 'bundle',
    summary: 'Build, check, hash and optionally encrypt a web folder locally',
    description: 'Zips the folder as publish would (index.html at the root, notifyAppReady present), prints ' +
        'the version, size, sha256, the checksum devices receive and the manifest entry publish ' +
        'would write (empty fields are filled in by publish). No network.',
    positionals: [{ name: 'path', required: true }],
    options: {
        version: {
            type: 'string',
            value: 'semver',
            help: 'Bundle version (default: the nearest package.json).',
        },
        'encryption-key-file': {
            type: 'string',
            value: 'file',
            help: 'RSA-2048 private key PEM (or env LIVE_UPDATE_PRIVATE_KEY): encrypt as publish would.',
        },
        out: {
            type: 'string',
            value: 'file.zip',
            help: 'Write the bytes publish would upload (the ciphertext when encrypted).',
        },
        'native-versions': {
            type: 'string',
            value: 'range',
            help: 'Semver range of native app versions, recorded in the entry.',
        },
        'require-notify-app-ready': {
            type: 'string',
            value: 'true|false',
            help: 'Refuse a bundle with no notifyAppReady (default true).',
        },
        'manifest-out': {
            type: 'string',
            value: 'file',
            help: 'Record the bundle in this local manifest (created if missing), for `serve`.',
        },
        url: {
            type: 'string',
            value: 'url',
            help: 'Where devices download --out, for --manifest-out (default: `serve --files`).',
        },
        channel: {
            type: 'string',
            value: 'name',
            help: 'The channel --manifest-out moves (default production).',
        },
        'app-id': {
            type: 'string',
            value: 'id',
            help: 'App id for --manifest-out (default: capacitor.config).',
        },
        ..._args_js__WEBPACK_IMPORTED_MODULE_6__/* .JSON_OPTION */ .rj,
    },
    run: runBundle,
};
async function runBundle(args) {
    let key;
    const flagFor = (input) => input === 'encryption-key' && key ? key.source : input === 'path' ? '<path>' : `--${input}`;
    try {
        const typedPath = args.positionals[0];
        const manifestOut = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(args.values, 'manifest-out');
        const url = downloadUrl(args, manifestOut);
        key = (0,_key_input_js__WEBPACK_IMPORTED_MODULE_7__/* .readKeyInput */ .YT)((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(args.values, 'encryption-key-file'), process.env);
        const { prepared, appId } = await buildFromFolder(typedPath, args, key);
        const outFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(args.values, 'out');
        const report = bundleReport(prepared, { appId, outFile, url, args });
        // The manifest decides first: a refused or repeated version must not replace the zip the
        // manifest already points at (an encrypted re-run has a new session key).
        const record = manifestOut
            ? (0,_local_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .planLocalRecord */ .mI)(manifestOut, report.manifest_entry, {
                appId: report.app_id,
                channel: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(args.values, 'channel') || 'production',
            })
            : undefined;
        if (record && !record.changed)
            keepRecorded(report, record);
        else if (outFile)
            (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Z)(outFile, prepared.payload.data);
        if (record) {
            (0,_local_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .saveLocalRecord */ .qr)(manifestOut, record);
            report.manifest = { file: manifestOut, summary: record.summary, changed: record.changed };
        }
        if (args.json)
            (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .printJson */ .Q2)(report);
        else
            printReport(report);
        return 0;
    }
    catch (error) {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .reportError */ .N7)(error, args.debug, flagFor);
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .exitCodeOf */ .FO)(error);
    }
}
/**
 * Runs publish's first step on the folder as the user typed it, so every message and hint names
 * paths relative to where they stand; package.json and capacitor.config are still looked up to
 * the folder's workspace, as publish does.
 */
async function buildFromFolder(typedPath, args, key) {
    const cwd = process.cwd();
    refuseFile(typedPath, cwd);
    const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, typedPath);
    const workspace = (0,_run_context_js__WEBPACK_IMPORTED_MODULE_11__/* .workspaceFor */ .lA)(typedPath, process.env, cwd);
    const log = (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .consoleLog */ .aO)(args.debug);
    const version = (0,_action_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePublishVersion */ .g)((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(args.values, 'version'), undefined, folder, workspace);
    log.info(`Version ${version.version} (from ${(0,_action_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .inCliWords */ .f)(version.source)}).`);
    const prepared = await (0,_action_prepare_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareBundle */ .A)({
        path: typedPath,
        version: version.version,
        tag: '',
        encryptionKey: key?.pem ?? '',
        nativeVersions: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(args.values, 'native-versions'),
        requireNotifyAppReady: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .booleanText */ .m6)(args.values, 'require-notify-app-ready', true),
    }, 
    // Resolving the typed path against the working directory finds the folder it names.
    { workspace: cwd }, withoutVersionLine(log));
    const appId = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(args.values, 'app-id') || (0,_action_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .findCapacitorAppId */ .K)(folder, workspace);
    // publish refuses an id devices could not send; a local manifest must not accept it either.
    if (appId)
        (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .assertAppId */ .xB)(appId, 'app-id');
    return { prepared, appId };
}
// The version was resolved above against the real workspace; prepare would only repeat it.
function withoutVersionLine(log) {
    return { ...log, info: (line) => (line.startsWith('Version ') ? undefined : log.info(line)) };
}
function refuseFile(typedPath, cwd) {
    const found = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, typedPath), { throwIfNoEntry: false });
    if (!found || found.isDirectory())
        return;
    const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(typedPath);
    throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`<path>: \`${typedPath}\` is a file; pass the folder holding index.html, ` +
        `e.g. ${parent === '.' ? '.' : parent}.`);
}
// The manifest already holds this version with the same content: its entry, and the zip it
// points at, stay as they are; the report shows what is recorded.
function keepRecorded(report, record) {
    const { entry } = record;
    report.manifest_entry = entry;
    report.checksum = entry.checksum;
    report.session_key = entry.session_key;
    report.size = entry.size;
    if (report.out) {
        report.kept = report.out;
        delete report.out;
    }
}
function downloadUrl(args, manifestOut) {
    const url = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(args.values, 'url');
    if (url || !manifestOut)
        return url;
    const outFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(args.values, 'out');
    if (!outFile) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--manifest-out: needs --out (the file devices download) or --url.');
    }
    return (0,_local_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .localBundleUrl */ .Xt)(outFile);
}
function bundleReport(prepared, context) {
    const { bundle, payload } = prepared;
    const nativeVersions = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(context.args.values, 'native-versions');
    // Empty strings mark what only publish knows, as the manifest schema allows.
    const entry = {
        version: prepared.version,
        url: context.url,
        checksum: payload.checksum,
        session_key: payload.sessionKey,
        sha256: bundle.sha256,
        size: payload.data.length,
        ...(payload.keyId ? { key_id: payload.keyId } : {}),
        ...(nativeVersions ? { native_versions: nativeVersions } : {}),
        platforms: ['ios', 'android'],
        tag: prepared.tag,
        release_url: '',
        repository: '',
        asset_name: '',
        asset_id: 0,
        delivery: 'direct',
        created_at: '',
        commit: '',
        files: bundle.files,
    };
    return {
        version: prepared.version,
        ...(context.appId ? { app_id: context.appId } : {}),
        files: bundle.files,
        size: payload.data.length,
        zip_size: bundle.size,
        sha256: bundle.sha256,
        checksum: payload.checksum,
        session_key: payload.sessionKey,
        ...(payload.keyId ? { key_id: payload.keyId } : {}),
        encrypted: !!payload.keyId,
        ...(context.outFile ? { out: context.outFile } : {}),
        manifest_entry: entry,
    };
}
function printReport(report) {
    (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .out */ .FD)(`Bundle ${report.version}${report.app_id ? ` for ${report.app_id}` : ''}: ready to publish.`);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .printFields */ .H9)([
        ['files', report.files],
        [
            'size',
            report.encrypted
                ? `${report.size} bytes (zip ${report.zip_size} bytes before encryption)`
                : `${report.size} bytes`,
        ],
        ['sha256', `${report.sha256} (plain zip)`],
        ['checksum', report.checksum],
        ['session_key', report.encrypted ? report.session_key : '"" (plain bundle)'],
        ['key_id', report.key_id],
        ['written to', report.out],
        ['left as is', report.kept && `${report.kept} (the manifest already records this content)`],
    ]);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .out */ .FD)();
    (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .out */ .FD)('Manifest entry publish would write (it fills in the empty fields):');
    (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .out */ .FD)(JSON.stringify(report.manifest_entry, null, 2));
    if (report.manifest)
        (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .out */ .FD)(`\n${report.manifest.file}: ${report.manifest.summary}`);
}


/***/ }),

/***/ 8235:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: ./src/action/defaults.ts
var defaults = __nccwpck_require__(6854);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(7593);
// EXTERNAL MODULE: ./node_modules/adm-zip/adm-zip.js
var adm_zip = __nccwpck_require__(1316);
var adm_zip_default = /*#__PURE__*/__nccwpck_require__.n(adm_zip);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/bundle/encrypt.ts
var encrypt = __nccwpck_require__(6997);
// EXTERNAL MODULE: ./src/bundle/self-check.ts
var self_check = __nccwpck_require__(3741);
// EXTERNAL MODULE: ./src/responder/urls.ts
var urls = __nccwpck_require__(9174);
;// CONCATENATED MODULE: ./src/cli/capped-body.ts
// Reads an HTTP body up to a limit. A responder or file host chosen by someone else decides how
// much it sends; `check` must not grow its memory to whatever a Content-Length announces.
class BodyTooLargeError extends Error {
    limit;
    announced;
    name = 'BodyTooLargeError';
    constructor(limit, announced) {
        super(announced === undefined
            ? `more than ${describeBytes(limit)} arrived`
            : `${announced} bytes announced, above ${describeBytes(limit)}`);
        this.limit = limit;
        this.announced = announced;
    }
}
function describeBytes(bytes) {
    const mib = bytes / (1024 * 1024);
    return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}
async function readCappedBody(response, limit) {
    const declared = response.headers.get('content-length');
    if (declared !== null && Number(declared) > limit) {
        await response.body?.cancel();
        throw new BodyTooLargeError(limit, Number(declared));
    }
    if (!response.body)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    const reader = response.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > limit) {
            await reader.cancel();
            throw new BodyTooLargeError(limit);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks, total);
}

;// CONCATENATED MODULE: ./src/cli/check-steps.ts
const ok = (step, detail) => ({ step, status: 'ok', detail });
const warn = (step, detail) => ({ step, status: 'warn', detail });
const fail = (step, detail) => ({ step, status: 'fail', detail });
function failed(steps) {
    return steps.some((s) => s.status === 'fail');
}

;// CONCATENATED MODULE: ./src/cli/fetch-failure.ts
// Why a request `check` made got no answer, in words that say what to do.
/**
 * Node's fetch, like browsers, refuses ports that belong to other protocols (6666 for IRC,
 * 6000 for X11, ...) before connecting, with nothing but "bad port".
 */
const BLOCKED_PORT = 'bad port';
function fetchFailureReason(error, url, timeoutMs) {
    const failure = error;
    if (failure.name === 'TimeoutError')
        return `no complete answer within ${timeoutMs / 1000} s`;
    const cause = failure.cause instanceof Error ? failure.cause.message : '';
    if (cause === BLOCKED_PORT || failure.message === BLOCKED_PORT) {
        const port = new URL(url).port;
        return (`port ${port} is on the list of ports Node's fetch refuses to connect to (they belong to ` +
            'other protocols; browsers refuse them too). Run the server on another port, ' +
            'e.g. `serve --port 8080`, and check that one.');
    }
    return cause || failure.message || String(error);
}

;// CONCATENATED MODULE: ./src/cli/check-bundle.ts
// What a device does with an offered bundle: download it anonymously, following redirects as
// the platform HTTP clients do, decrypt it when it is encrypted, compare its SHA-256 with the
// checksum, and unzip it.








const MAX_REDIRECTS = 10;
/**
 * Far above any web bundle (the zip format itself stops at 4 GiB): a file host announcing more
 * is refused rather than held in memory.
 */
const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;
async function downloadLikeDevice(start, timeoutMs) {
    const signal = AbortSignal.timeout(timeoutMs);
    let url = new URL(start);
    try {
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            // No Authorization header (devices have none) and no compression, so sizes are the file's.
            const response = await fetch(url, {
                redirect: 'manual',
                signal,
                headers: { 'accept-encoding': 'identity' },
            });
            const location = response.headers.get('location');
            if (response.status >= 300 && response.status < 400 && location) {
                await response.body?.cancel();
                const next = new URL(location, url);
                const refusal = redirectProblem(url, next);
                if (refusal)
                    return { step: fail('download', refusal) };
                url = next;
                continue;
            }
            return await readBody(response, url, hop);
        }
        return { step: fail('download', `${start} redirects more than ${MAX_REDIRECTS} times`) };
    }
    catch (error) {
        if (error instanceof BodyTooLargeError) {
            return {
                step: fail('download', `${url.origin}${url.pathname}: ${error.message}; check refuses bundles above ` +
                    `${describeBytes(MAX_BUNDLE_BYTES)}, and a device would struggle with one too`),
            };
        }
        return { step: fail('download', `${url.href}: ${fetchFailureReason(error, url, timeoutMs)}`) };
    }
}
function redirectProblem(from, to) {
    if (from.protocol === 'https:' && to.protocol !== 'https:') {
        const target = `${to.protocol}//${to.host}`;
        return `${from.host} redirects to ${target}; devices do not follow https to http`;
    }
    const check = (0,urls/* checkDeviceUrl */.c)(to.href);
    return check.ok ? undefined : `redirect to ${to.origin}${to.pathname} ${check.problem}`;
}
async function readBody(response, url, redirects) {
    if (response.status !== 200) {
        await response.body?.cancel();
        return {
            step: fail('download', `${url.origin}${url.pathname} answered HTTP ${response.status}; ` +
                'the file must be publicly downloadable'),
        };
    }
    const data = await readCappedBody(response, MAX_BUNDLE_BYTES);
    const declared = response.headers.get('content-length');
    if (declared !== null && Number(declared) !== data.length) {
        return { step: fail('download', `received ${data.length} bytes of the ${declared} announced`) };
    }
    if (data.length === 0)
        return { step: fail('download', 'the file is empty') };
    const via = redirects > 0 ? ` after ${redirects} redirect${redirects > 1 ? 's' : ''}` : '';
    return { step: ok('download', `${data.length} bytes${via}`), data };
}
/** Decrypts when needed, then checks the hash and the zip; returns one verdict per step. */
function verifyBundle(data, offer, publicKeyPem) {
    if (!offer.session_key)
        return [hashStep(data, offer.checksum), ...zipSteps(data)];
    if (!publicKeyPem) {
        return [
            fail('decrypt', 'the bundle is encrypted: pass --public-key-file with the public key the app ' +
                'carries to decrypt and verify it'),
        ];
    }
    let expected;
    try {
        expected = (0,encrypt/* recoverChecksum */.s1)(offer.checksum, publicKeyPem);
    }
    catch {
        return [
            fail('decrypt', 'this public key cannot read the checksum (devices report decrypt_fail): the bundle ' +
                'was signed with another key pair'),
        ];
    }
    let plain;
    try {
        plain = (0,encrypt/* decryptBundle */.kA)(data, offer.session_key, publicKeyPem);
    }
    catch {
        // The key pair matches the checksum, so the session key belongs to another encryption
        // of the bundle: the file and the manifest entry come from different runs.
        return [
            fail('decrypt', 'the session_key does not open the downloaded file (devices report decrypt_fail): the ' +
                'file was encrypted in another run than the one that wrote this manifest entry; ' +
                'upload the file that belongs to the entry, or record the file again'),
        ];
    }
    return [
        ok('decrypt', `${plain.length} bytes after decryption`),
        hashStep(plain, expected),
        ...zipSteps(plain),
    ];
}
function hashStep(zip, expected) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(zip).digest('hex');
    if (sha256 === expected)
        return ok('sha256', `${sha256} matches the checksum`);
    return fail('sha256', `the bundle hashes to ${sha256} but the checksum says ${expected}; ` +
        'devices refuse it (checksum_fail)');
}
function zipSteps(zip) {
    let entries;
    try {
        entries = new (adm_zip_default())(zip).getEntries();
    }
    catch (error) {
        return [
            fail('zip', `not a readable zip (${error.message}); devices report unzip_fail`),
        ];
    }
    const names = entries.map((e) => e.entryName);
    const bad = names.flatMap((name) => {
        const problem = (0,self_check/* entryNameProblem */.j2)(name);
        return problem ? [`\`${name}\` ${problem}`] : [];
    });
    if (bad.length > 0)
        return [fail('zip', `entry ${bad.slice(0, 3).join(', ')}: Android aborts the install`)];
    if (!names.includes('index.html')) {
        const nested = names.find((n) => n.endsWith('/index.html'));
        return [
            fail('zip', 'no index.html at the zip root' +
                (nested ? ` (found ${nested}; zip the folder's contents, not the folder)` : '')),
        ];
    }
    const broken = entries.find((e) => !e.isDirectory && !unzips(e));
    if (broken)
        return [
            fail('zip', `${broken.entryName} does not unzip (bad data or CRC); devices report unzip_fail`),
        ];
    const files = entries.filter((e) => !e.isDirectory).length;
    return [ok('zip', `${files} files unzip; index.html at the root; every entry name is safe`)];
}
function unzips(entry) {
    try {
        entry.getData();
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/cli/terminal-text.ts
// Text that came from the network is shown escaped: a responder could otherwise send terminal
// escape sequences or line breaks that clear the screen or forge an `OK` line.
// C0 controls, DEL and C1 controls (0x9b alone starts an escape sequence on many terminals),
// plus the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
function hasControlCharacters(text) {
    return new RegExp(CONTROL.source).test(text);
}
/** `text` with every control character written as a visible `\uXXXX` escape. */
function escapeControl(text) {
    return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/cli/check-reply.ts
// Judges an update-check answer the way the plugin reads it (protocol section 2). Pure: the
// same text always gives the same verdicts.



const NO_UPDATE_KINDS = ['up_to_date', 'blocked', 'failed'];
const SESSION_KEY = /^[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$/;
function checkReply(status, text) {
    const excerpt = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    if (status !== 200) {
        return invalid(`HTTP ${status} (${excerpt}); the plugin expects 200 with a JSON object`);
    }
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return invalid(`not JSON: ${excerpt}`);
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
        return invalid(`${excerpt} is not a JSON object`);
    }
    const nullAt = findNull(body);
    if (nullAt)
        return invalid(`holds a JSON null at ${nullAt}; Android crashes on null fields`);
    const json = body;
    // Android reads the mere presence of `error` or `kind` as "no update".
    if ('error' in json || 'kind' in json)
        return noUpdate(json);
    if (json.version === 'builtin' && !('url' in json)) {
        return {
            kind: 'builtin',
            steps: [ok('reply', 'back to the bundle shipped in the app (builtin)')],
        };
    }
    return update(json);
}
function invalid(detail) {
    return { kind: 'invalid', steps: [fail('reply', detail)] };
}
function noUpdate(json) {
    const problems = [];
    if ('url' in json)
        problems.push('carries a url next to error/kind, so devices never download it');
    if (!NO_UPDATE_KINDS.includes(json.kind)) {
        problems.push(`kind ${JSON.stringify(json.kind ?? null)} is not up_to_date, blocked or failed; ` +
            'plugins from 8.45.11 count it as a failed download');
    }
    if (!nonEmpty(json.error))
        problems.push('error must be a non-empty string (older plugins key on it)');
    if (!nonEmpty(json.message))
        problems.push('message must be a non-empty string (the oldest plugins key on it)');
    if (problems.length > 0)
        return { kind: 'invalid', steps: problems.map((p) => fail('reply', p)) };
    const what = `${String(json.kind)}: ${String(json.error)} (${String(json.message)})`;
    const step = json.kind === 'up_to_date'
        ? ok('reply', `no update, ${what}`)
        : json.kind === 'blocked'
            ? warn('reply', `refused, ${what}`)
            : fail('reply', `the responder reports a problem, ${what}`);
    return { kind: 'no_update', steps: [step] };
}
function update(json) {
    const problems = [
        ...requiredFields(json),
        ...controlCharacters(json),
        ...forbiddenKeys(json),
        ...extraFields(json),
    ];
    if (problems.length > 0)
        return { kind: 'invalid', steps: problems.map((p) => fail('reply', p)) };
    const offer = json;
    const steps = [
        ok('reply', `update ${offer.version} offered${offer.session_key ? ' (encrypted)' : ''}`),
        urlStep(offer.url),
        checksumStep(offer),
    ];
    return { kind: 'update', offer, steps };
}
function requiredFields(json) {
    const problems = ['version', 'url', 'checksum']
        .filter((field) => !nonEmpty(json[field]))
        .map((field) => `${field} must be a non-empty string`);
    if (typeof json.session_key !== 'string') {
        problems.push('session_key must be a string ("" for plain bundles); Android crashes without it');
    }
    return problems;
}
// A version names a folder on the device and the url is fetched as is: control characters in
// either are never valid, and they would reach terminals and logs.
function controlCharacters(json) {
    return ['version', 'url']
        .filter((field) => typeof json[field] === 'string' && hasControlCharacters(json[field]))
        .map((field) => `${field} ${escapeControl(JSON.stringify(json[field]))} holds control characters`);
}
function forbiddenKeys(json) {
    return 'message' in json ? ['a success must not carry message: getLatest() rejects it'] : [];
}
// iOS decodes with strict types: one mistyped extra breaks the whole answer.
function extraFields(json) {
    const problems = [];
    for (const field of ['link', 'comment']) {
        if (field in json && typeof json[field] !== 'string')
            problems.push(`${field} must be a string`);
    }
    if ('breaking' in json && typeof json.breaking !== 'boolean')
        problems.push('breaking must be a boolean');
    if ('data' in json) {
        const data = json.data;
        const strings = !!data &&
            typeof data === 'object' &&
            !Array.isArray(data) &&
            Object.values(data).every((v) => typeof v === 'string');
        if (!strings)
            problems.push('data must be an object of strings');
    }
    return problems;
}
function urlStep(url) {
    const check = (0,urls/* checkDeviceUrl */.c)(url);
    if (!check.ok)
        return fail('url', `${url} ${check.problem}`);
    if (check.loopbackHttp)
        return warn('url', `${url} is plain http: fine on this machine, devices need https`);
    return ok('url', url);
}
function checksumStep(offer) {
    const { checksum, session_key: sessionKey } = offer;
    if (sessionKey) {
        if (!SESSION_KEY.test(sessionKey) ||
            Buffer.from(sessionKey.split(':')[0], 'base64').length !== 16) {
            return fail('checksum', 'session_key is not base64(16-byte IV):base64(encrypted AES key)');
        }
        if (/^[0-9a-f]{512}$/.test(checksum))
            return ok('checksum', 'encrypted form (512 hex)');
        return fail('checksum', `an encrypted bundle needs the 512-hex RSA form; got ${checksum.length} characters ` +
            '(plugins 5.30+/6.30+/7.30+/8.x reject the old base64 form)');
    }
    if (/^[0-9a-f]{64}$/.test(checksum))
        return ok('checksum', 'SHA-256 (64 lowercase hex)');
    if (/^[0-9a-fA-F]{8}$/.test(checksum))
        return fail('checksum', `${checksum} looks like CRC32, which current plugins reject; send the SHA-256`);
    if (/^[0-9A-F]{64}$/i.test(checksum))
        return fail('checksum', 'must be lowercase hex: devices compare it case-sensitively');
    return fail('checksum', `expected 64 lowercase hex characters (SHA-256), got ${JSON.stringify(checksum.slice(0, 80))}`);
}
function nonEmpty(value) {
    return typeof value === 'string' && value !== '';
}
function findNull(value, at = '$') {
    if (value === null)
        return at;
    if (!value || typeof value !== 'object')
        return undefined;
    for (const [key, child] of Object.entries(value)) {
        const found = findNull(child, Array.isArray(value) ? `${at}[${key}]` : `${at}.${key}`);
        if (found)
            return found;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/bundle/keys.ts
var keys = __nccwpck_require__(422);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/cli/check-request.ts
// The update check a device sends (protocol section 1): the same fields, types and headers as
// the plugin, so the responder cannot tell `check` from a phone.





/**
 * The most an update-check reply may hold: a real one is well under a kilobyte, and a device
 * would not keep reading a reply of megabytes either.
 */
const MAX_REPLY_BYTES = 1024 * 1024;
/** A current plugin release; devices on older lines can be tried with --plugin-version. */
const DEFAULT_PLUGIN_VERSION = '8.51.14';
const OS_VERSION = { android: '14', ios: '17.5' };
function updateCheckRequest(device) {
    const body = {
        platform: device.platform,
        device_id: device.deviceId || (0,external_node_crypto_.randomUUID)(),
        app_id: device.appId,
        custom_id: '',
        version_build: device.versionBuild,
        version_code: '1',
        version_os: OS_VERSION[device.platform],
        version_name: device.versionName,
        plugin_version: device.pluginVersion,
        is_emulator: false,
        is_prod: true,
        defaultChannel: device.channel,
    };
    // Only apps with a public key send key_id.
    if (device.publicKeyPem)
        body.key_id = (0,keys/* keyIdOf */.yg)(device.publicKeyPem);
    const os = `${device.platform}/${OS_VERSION[device.platform]}`;
    const headers = {
        // Android adds the charset; the responder must not match the header exactly.
        'content-type': 'application/json; charset=utf-8',
        'user-agent': `CapacitorUpdater/${device.pluginVersion} (${device.appId}) ${os}`,
    };
    return { body, headers };
}
async function sendUpdateCheck(url, request, timeoutMs) {
    const started = Date.now();
    const response = await fetch(url, {
        method: 'POST',
        headers: request.headers,
        body: JSON.stringify(request.body),
        signal: AbortSignal.timeout(timeoutMs),
    });
    const text = (await readCappedBody(response, MAX_REPLY_BYTES)).toString('utf8');
    return { status: response.status, text, ms: Date.now() - started };
}
/** The app's public key as PKCS#1 PEM, from a file in PKCS#1 or SPKI form. */
function readPublicKey(file) {
    let pem;
    try {
        pem = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new errors/* UserError */.y(`--public-key-file: cannot read ${file} (${code}).`);
    }
    if (/PRIVATE KEY/.test(pem)) {
        throw new errors/* UserError */.y(`--public-key-file: ${file} holds a private key. Pass the public key the app ` +
            'carries (public.pem from `keys`).');
    }
    try {
        return (0,external_node_crypto_.createPublicKey)(pem).export({ type: 'pkcs1', format: 'pem' }).toString();
    }
    catch {
        throw new errors/* UserError */.y(`--public-key-file: ${file} is not a PEM public key ` +
            '(expected BEGIN RSA PUBLIC KEY or BEGIN PUBLIC KEY).');
    }
}

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __nccwpck_require__(6657);
;// CONCATENATED MODULE: ./src/cli/check-report.ts


function printSteps(device, body, steps, verdict) {
    const played = [
        `app ${device.appId}`,
        `running ${device.versionName} on native ${device.versionBuild}`,
        `plugin ${device.pluginVersion}`,
        `device ${String(body.device_id)}`,
        ...(body.key_id ? [`key_id ${String(body.key_id)}`] : []),
        ...(device.channel ? [`channel ${device.channel}`] : []),
    ];
    (0,output/* out */.FD)(escapeControl(`Update check as an ${device.platform} device: ${played.join(', ')}`));
    const width = Math.max(...steps.map((s) => s.step.length)) + 2;
    for (const s of steps) {
        // Details quote the responder's and the file host's words.
        (0,output/* out */.FD)(`  ${s.status.toUpperCase().padEnd(6)}${s.step.padEnd(width)}${escapeControl(s.detail)}`);
    }
    (0,output/* out */.FD)(escapeControl(conclusion(steps, verdict)));
}
function conclusion(steps, verdict) {
    const failures = steps.filter((s) => s.status === 'fail').length;
    if (failures > 0) {
        return `FAILED: ${failures} step${failures > 1 ? 's' : ''} would fail on a device.`;
    }
    if (verdict?.kind === 'update')
        return `OK: a device would install ${verdict.offer.version}.`;
    if (verdict?.kind === 'builtin')
        return 'OK: a device would go back to its builtin bundle.';
    const refused = steps.some((s) => s.step === 'reply' && s.status === 'warn');
    return refused
        ? 'OK: a valid reply, but this device is refused an update (see the reply line).'
        : 'OK: a valid reply; this device is up to date.';
}

;// CONCATENATED MODULE: ./src/cli/check.ts
// `check <responder-url>`: asks a responder for an update as a device would, and follows the
// answer through to an installed bundle: reply shape, URL, download, decryption, checksum, zip.
// Exit code 1 when any step would fail on a device.










/** The plugin's default `responseTimeout`. */
const DEFAULT_TIMEOUT_SECONDS = 20;
/** iOS gives a whole download this much longer than the response timeout. */
const DOWNLOAD_GRACE_SECONDS = 5;
const checkCommand = {
    name: 'check',
    summary: 'Send a device-shaped update check to a responder and verify the answer',
    description: "POSTs an update check shaped like the plugin's to <responder-url> (the app's updateUrl), " +
        'checks the reply as a device reads it, downloads the bundle, verifies its checksum ' +
        '(decrypting with --public-key-file when it is encrypted) and its zip layout.',
    positionals: [{ name: 'responder-url', required: true }],
    options: {
        'app-id': {
            type: 'string',
            value: 'id',
            help: 'The app id (default: appId in ./capacitor.config).',
        },
        'version-name': {
            type: 'string',
            value: 'name',
            help: 'Bundle the device runs (default builtin).',
        },
        'version-build': {
            type: 'string',
            value: 'semver',
            help: 'Native app version (default 1.0.0).',
        },
        platform: { type: 'string', value: 'android|ios', help: 'Default android.' },
        channel: {
            type: 'string',
            value: 'name',
            help: 'The channel the app chose (defaultChannel; default none).',
        },
        'device-id': { type: 'string', value: 'uuid', help: 'Default: a new random id.' },
        'plugin-version': {
            type: 'string',
            value: 'semver',
            help: `Default ${DEFAULT_PLUGIN_VERSION}.`,
        },
        'public-key-file': {
            type: 'string',
            value: 'file',
            help: "The app's public key: sends key_id and decrypts encrypted bundles.",
        },
        'expect-version': {
            type: 'string',
            value: 'name',
            help: 'Fail unless the reply offers this version (or builtin).',
        },
        timeout: {
            type: 'string',
            value: 'seconds',
            help: `The plugin's responseTimeout (default ${DEFAULT_TIMEOUT_SECONDS}).`,
        },
        ...cli_args/* JSON_OPTION */.rj,
    },
    run: runCheck,
};
async function runCheck(args) {
    try {
        const url = responderUrl(args.positionals[0]);
        const timeoutMs = timeoutSeconds(args) * 1000;
        const device = deviceOptions(args);
        const request = updateCheckRequest(device);
        const { steps, verdict, reply } = await checkLikeDevice(url, request, device, timeoutMs, (0,cli_args/* text */.Qq)(args.values, 'expect-version'));
        if (args.json)
            (0,output/* printJson */.Q2)({ ok: !failed(steps), request: { url, ...request }, reply, steps });
        else
            printSteps(device, request.body, steps, verdict);
        return failed(steps) ? 1 : 0;
    }
    catch (error) {
        (0,output/* reportError */.N7)(error, args.debug);
        return (0,output/* exitCodeOf */.FO)(error);
    }
}
async function checkLikeDevice(url, request, device, timeoutMs, expectVersion) {
    let sent;
    try {
        sent = await sendUpdateCheck(url, request, timeoutMs);
    }
    catch (error) {
        if (error instanceof BodyTooLargeError) {
            const limit = describeBytes(MAX_REPLY_BYTES);
            return {
                steps: [fail('reply', `too large (${error.message}); a reply must stay under ${limit}`)],
            };
        }
        return {
            steps: [fail('request', `POST ${url}: ${fetchFailureReason(error, url, timeoutMs)}`)],
        };
    }
    const steps = [ok('request', `POST ${url} answered ${sent.status} in ${sent.ms} ms`)];
    const verdict = checkReply(sent.status, sent.text);
    steps.push(...verdict.steps);
    if (expectVersion)
        steps.push(expectStep(verdict, expectVersion));
    if (verdict.kind === 'update' && !failed(steps)) {
        const download = await downloadLikeDevice(verdict.offer.url, timeoutMs + DOWNLOAD_GRACE_SECONDS * 1000);
        steps.push(download.step);
        if (download.data) {
            steps.push(...verifyBundle(download.data, verdict.offer, device.publicKeyPem));
        }
    }
    return { steps, verdict, reply: { status: sent.status, body: parsedOrText(sent.text) } };
}
function expectStep(verdict, expected) {
    const offered = verdict.kind === 'update'
        ? verdict.offer.version
        : verdict.kind === 'builtin'
            ? 'builtin'
            : undefined;
    return offered === expected
        ? ok('expect', `${expected} offered, as expected`)
        : fail('expect', `expected ${expected}, but the reply offers ${offered ?? 'no update'}`);
}
function deviceOptions(args) {
    const platform = (0,cli_args/* text */.Qq)(args.values, 'platform') || 'android';
    if (platform !== 'android' && platform !== 'ios') {
        throw new cli_args/* UsageError */.eb(`--platform: ${JSON.stringify(platform)} is not android or ios.`);
    }
    const appId = (0,cli_args/* text */.Qq)(args.values, 'app-id') || (0,defaults/* findCapacitorAppId */.K)(process.cwd(), process.cwd());
    if (!appId) {
        throw new cli_args/* UsageError */.eb('--app-id: missing, and no capacitor.config with an appId here. ' +
            'Pass --app-id com.example.app.');
    }
    const keyFile = (0,cli_args/* text */.Qq)(args.values, 'public-key-file');
    return {
        appId,
        platform: platform,
        versionName: (0,cli_args/* text */.Qq)(args.values, 'version-name') || 'builtin',
        versionBuild: (0,cli_args/* text */.Qq)(args.values, 'version-build') || '1.0.0',
        channel: (0,cli_args/* text */.Qq)(args.values, 'channel'),
        deviceId: (0,cli_args/* text */.Qq)(args.values, 'device-id'),
        pluginVersion: (0,cli_args/* text */.Qq)(args.values, 'plugin-version') || DEFAULT_PLUGIN_VERSION,
        publicKeyPem: keyFile ? readPublicKey(keyFile) : undefined,
    };
}
function responderUrl(raw) {
    if (/^https?:\/\/[^/]/i.test(raw) && URL.canParse(raw))
        return raw;
    throw new cli_args/* UsageError */.eb(`<responder-url>: ${JSON.stringify(raw)} is not an http(s) URL; pass the app's updateUrl.`);
}
function timeoutSeconds(args) {
    const raw = (0,cli_args/* text */.Qq)(args.values, 'timeout');
    if (!raw)
        return DEFAULT_TIMEOUT_SECONDS;
    const value = Number(raw);
    if (Number.isFinite(value) && value > 0)
        return value;
    throw new cli_args/* UsageError */.eb(`--timeout: ${JSON.stringify(raw)} is not a number of seconds above 0.`);
}
function parsedOrText(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 4252:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YT: () => (/* binding */ readKeyInput),
/* harmony export */   uM: () => (/* binding */ KEY_ENV)
/* harmony export */ });
/* unused harmony export KEY_FILE_FLAG */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
// The publisher's private key for encrypted bundles: a file named on the command line, or the
// environment variable a CI secret usually arrives in. The key itself is never printed.


const KEY_FILE_FLAG = '--encryption-key-file';
const KEY_ENV = 'LIVE_UPDATE_PRIVATE_KEY';
function readKeyInput(file, env) {
    if (file)
        return { pem: readKeyFile(file), source: `${KEY_FILE_FLAG} ${file}` };
    const fromEnv = env[KEY_ENV];
    return fromEnv?.trim() ? { pem: fromEnv, source: KEY_ENV } : undefined;
}
function readKeyFile(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${KEY_FILE_FLAG}: cannot read ${file} (${code}). Pass the private key PEM written by ` +
            '`live-update-release keys`.');
    }
}


/***/ }),

/***/ 8528:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ keysCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(422);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7593);
/* harmony import */ var _key_input_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4252);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6657);
// `keys`: a new RSA-2048 pair for encrypted bundles. The private key goes to a file for a
// repository secret and is never printed; the public key is printed in the PKCS#1 form the
// plugin reads, ready to paste into capacitor.config.







const PRIVATE_FILE = 'private.pem';
const PUBLIC_FILE = 'public.pem';
/** Owner read and write only: the file holds the key that signs every bundle. */
const PRIVATE_MODE = 0o600;
const keysCommand = {
    name: 'keys',
    summary: 'Generate a key pair for encrypted bundles and print the capacitor.config snippet',
    description: `Writes ${PRIVATE_FILE} (mode 600; store it as the repository secret ${_key_input_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_ENV */ .uM}) and ` +
        `${PUBLIC_FILE}, and prints the public key as the app's capacitor.config needs it. The ` +
        'private key is never printed.',
    positionals: [],
    options: {
        'out-dir': {
            type: 'string',
            value: 'dir',
            help: 'Where to write the two files (default: here).',
        },
        force: { type: 'boolean', help: 'Replace existing key files.' },
        ..._args_js__WEBPACK_IMPORTED_MODULE_4__/* .JSON_OPTION */ .rj,
    },
    run: runKeys,
};
async function runKeys(args) {
    try {
        const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(args.values, 'out-dir') || '.';
        refuseNonFolder(dir);
        const privateFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, PRIVATE_FILE);
        const publicFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, PUBLIC_FILE);
        if (!args.values.force)
            refuseOverwrite([privateFile, publicFile]);
        const pair = (0,_bundle_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .generateKeyPair */ .TZ)();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        // A mode applies only when a file is created: a replaced key file is removed first, so the
        // new key is never readable under the old file's mode.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(privateFile, { force: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(privateFile, pair.privateKeyPem, { mode: PRIVATE_MODE, flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(publicFile, pair.publicKeyPem);
        const report = keysReport(privateFile, publicFile, pair.publicKeyPem, pair.keyId);
        if (args.json)
            (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .printJson */ .Q2)(report);
        else
            printKeys(report);
        return 0;
    }
    catch (error) {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .reportError */ .N7)(error, args.debug);
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .exitCodeOf */ .FO)(error);
    }
}
function refuseNonFolder(dir) {
    const found = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir, { throwIfNoEntry: false });
    if (found && !found.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`--out-dir: ${dir} is a file, not a folder. Pass a folder for ${PRIVATE_FILE} and ` +
            `${PUBLIC_FILE} (it is created when missing).`);
    }
}
// Apps carry the public key in their binary: a replaced pair cannot decrypt for them.
function refuseOverwrite(files) {
    const existing = files.filter((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file));
    if (existing.length === 0)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}. Apps built with ` +
        'its public key cannot install bundles encrypted with a new one; pass --force to replace ' +
        'the pair anyway, or --out-dir for another folder.');
}
function keysReport(privateFile, publicFile, publicKey, keyId) {
    return {
        private_key_file: privateFile,
        public_key_file: publicFile,
        key_id: keyId,
        public_key: publicKey,
        capacitor_config: { plugins: { CapacitorUpdater: { publicKey } } },
        secret_command: `gh secret set ${_key_input_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_ENV */ .uM} < ${privateFile}`,
    };
}
function printKeys(report) {
    const tsString = `'${report.public_key.replace(/\n/g, '\\n')}'`;
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)(`Wrote ${report.private_key_file} (private key, mode 600) and ${report.public_key_file}.`);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)();
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)('1. Store the private key as a repository secret, then keep the file offline or delete it:');
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)(`   ${report.secret_command}`);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)(`   and pass it to the action: encryption-key: \${{ secrets.${_key_input_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_ENV */ .uM} }}`);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)();
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)(`2. Put the public key (key_id ${report.key_id}) in the app. capacitor.config.json:`);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)(JSON.stringify(report.capacitor_config, null, 2));
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)();
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)('   or capacitor.config.ts:');
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)('  plugins: {');
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)('    CapacitorUpdater: {');
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)(`      publicKey: ${tsString},`);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)('    },');
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)('  },');
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)();
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .out */ .FD)('Public key (PKCS#1 PEM):');
    process.stdout.write(report.public_key);
}


/***/ }),

/***/ 7327:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ LOCAL_FILES_PORT),
/* harmony export */   Xt: () => (/* binding */ localBundleUrl),
/* harmony export */   mI: () => (/* binding */ planLocalRecord),
/* harmony export */   qr: () => (/* binding */ saveLocalRecord)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _manifest_edits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9251);
/* harmony import */ var _manifest_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4881);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9599);
// A manifest on disk for trying bundles on this machine: `bundle --manifest-out` records each
// bundle in it with the same pure edit publish uses, and `serve --manifest` answers from it.





/** Where `serve --files` serves a folder unless told otherwise: next to the responder's 8080. */
const LOCAL_FILES_PORT = 8081;
function localBundleUrl(zipFile) {
    const name = zipFile.split(/[\\/]/).pop() ?? zipFile;
    return `http://127.0.0.1:${LOCAL_FILES_PORT}/${encodeURIComponent(name)}`;
}
/**
 * What recording `entry` in the manifest `file` gives, without writing anything yet, so the
 * caller writes the bundle only once the manifest has accepted it. The app id comes from the
 * file when it exists.
 */
function planLocalRecord(file, entry, options) {
    const current = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? readLocal(file) : undefined;
    if (current && options.appId && current.app_id !== options.appId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--manifest-out: ${file} belongs to ${current.app_id}, not ${options.appId}. ` +
            'Use another file for another app.');
    }
    const appId = current?.app_id ?? options.appId;
    if (!appId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('app-id', 'empty, and no capacitor.config with an appId was found.');
    }
    const result = (0,_manifest_edits_js__WEBPACK_IMPORTED_MODULE_2__/* .recordBundle */ .G2)(current ?? (0,_manifest_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyManifest */ .dR)(appId), entry, {
        channel: options.channel,
        rollout: 100,
        ctx: { at: new Date().toISOString() },
    });
    return { ...result, entry: result.manifest.bundles[entry.version] ?? entry };
}
function saveLocalRecord(file, record) {
    if (record.changed)
        (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Z)(file, (0,_manifest_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeManifest */ .MZ)(record.manifest));
}
function readLocal(file) {
    try {
        return (0,_manifest_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')).manifest;
    }
    catch (error) {
        if (!(error instanceof _manifest_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--manifest-out: ${file} is not a manifest (${error.message}).`);
    }
}


/***/ }),

/***/ 2957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3710);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7593);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3192);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8235);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8528);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6657);
/* harmony import */ var _serve_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2485);
// `live-update-release <command>`: the action's commands and local tools outside GitHub Actions.







const COMMANDS = [
    _bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleCommand */ .E,
    _keys_js__WEBPACK_IMPORTED_MODULE_4__/* .keysCommand */ .a,
    _serve_js__WEBPACK_IMPORTED_MODULE_6__/* .serveCommand */ .P,
    _check_js__WEBPACK_IMPORTED_MODULE_3__/* .checkCommand */ .e,
    ..._action_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .actionCommands */ .P,
];
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === undefined) {
        process.stderr.write((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .programHelp */ .a8)(COMMANDS));
        return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .programHelp */ .a8)(COMMANDS));
        return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown command ${JSON.stringify(name)}; run \`${_args_js__WEBPACK_IMPORTED_MODULE_1__/* .PROGRAM */ .RX} --help\` for the list`);
    }
    const args = parseWithHint(command, rest);
    if (!args) {
        process.stdout.write((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .commandHelp */ .bD)(command));
        return 0;
    }
    return command.run(args);
}
function parseWithHint(command, argv) {
    try {
        return (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandLine */ .Du)(command, argv);
    }
    catch (error) {
        if (!(error instanceof _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb))
            throw error;
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${error.message} (see \`${_args_js__WEBPACK_IMPORTED_MODULE_1__/* .PROGRAM */ .RX} ${command.name} --help\`)`);
    }
}
const argv = process.argv.slice(2);
const code = await main(argv).catch((error) => {
    (0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .reportError */ .N7)(error, argv.includes('--debug'));
    return (0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeOf */ .FO)(error);
});
await (0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .exit */ .NS)(code);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ out),
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   H9: () => (/* binding */ printFields),
/* harmony export */   N7: () => (/* binding */ reportError),
/* harmony export */   NS: () => (/* binding */ exit),
/* harmony export */   Q2: () => (/* binding */ printJson),
/* harmony export */   aO: () => (/* binding */ consoleLog)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _action_wording_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7363);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7593);
// What the CLI prints. Results go to stdout (text, or JSON with `--json`); progress, warnings
// and errors go to stderr, so a script can read stdout while a person watches stderr.



function out(line = '') {
    process.stdout.write(`${line}\n`);
}
function printJson(value) {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
/** `label  value` lines, aligned; rows without a value are left out. */
function printFields(rows, indent = '  ') {
    const shown = rows.filter(([, value]) => value !== undefined && value !== '');
    const width = Math.max(0, ...shown.map(([label]) => label.length)) + 2;
    for (const [label, value] of shown)
        out(`${indent}${label.padEnd(width)}${value}`);
}
function consoleLog(debug) {
    const err = (line) => void process.stderr.write(`${line}\n`);
    return {
        info: err,
        warning: (message) => err(`warning: ${message}`),
        debug: (message) => (debug ? err(`debug: ${message}`) : undefined),
    };
}
/** One line on stderr; the stack only for unexpected errors and only with `--debug`. */
function reportError(error, debug, flagFor = _action_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .asFlag */ .v) {
    const line = `error: ${errorMessage(error, flagFor)}`;
    const stack = debug && !(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y) && error instanceof Error ? error.stack : '';
    process.stderr.write(`${line}\n${stack ? `${stack}\n` : ''}`);
}
function errorMessage(error, flagFor) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d) {
        const prefix = `Input \`${error.input}\`: `;
        const rest = error.message.startsWith(prefix)
            ? error.message.slice(prefix.length)
            : error.message;
        return `${flagFor(error.input)}: ${(0,_action_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .inCliWords */ .f)(rest, flagFor)}`;
    }
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y || error instanceof _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb) {
        return (0,_action_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .inCliWords */ .f)(error.message, flagFor);
    }
    if (error instanceof Error)
        return `${error.message} (run with --debug for details)`;
    return String(error);
}
function exitCodeOf(error) {
    return error instanceof _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb ? 2 : 1;
}
/** Waits until stdout and stderr have taken everything written, then ends the process. */
async function exit(code) {
    await new Promise((resolve) => process.stdout.write('', () => resolve()));
    await new Promise((resolve) => process.stderr.write('', () => resolve()));
    process.exit(code);
}


/***/ }),

/***/ 3345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ru: () => (/* binding */ cliRunContext),
  gm: () => (/* binding */ pathInput),
  lA: () => (/* binding */ workspaceFor)
});

// UNUSED EXPORTS: parseRemote, repositoryFromOrigin, workspaceOf

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/action/context.ts
// What the runner tells us about the run, read once from the environment GitHub Actions sets.


function readRunContext(env, cwd) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
        throw new errors/* UserError */.y(`GITHUB_REPOSITORY is ${JSON.stringify(repository)}; expected owner/name. ` +
            'The action reads it from the runner; outside GitHub Actions set it yourself.');
    }
    const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
    const runId = env.GITHUB_RUN_ID || undefined;
    return {
        repository,
        apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
        serverUrl,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        pushedTag: pushedTag(env),
        runId,
        runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
        workspace: env.GITHUB_WORKSPACE || cwd,
        repositoryPrivate: eventRepositoryPrivate(env.GITHUB_EVENT_PATH),
    };
}
function pushedTag(env) {
    const ref = env.GITHUB_REF ?? '';
    return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
// The event payload names the repository's visibility, which saves an API call per run.
function eventRepositoryPrivate(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const value = payload.repository?.private;
        return typeof value === 'boolean' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __nccwpck_require__(7593);
;// CONCATENATED MODULE: ./src/cli/run-context.ts
// Outside GitHub Actions nobody sets the runner's variables. The CLI works them out from its
// flags, the environment and the git checkout, then hands them to the reader the action uses,
// so both see the same context.




const GITHUB_COM = 'https://github.com';
function cliRunContext(flags, env, cwd) {
    const serverUrl = flags.serverUrl || env.GITHUB_SERVER_URL || GITHUB_COM;
    // A server given on the command line brings its own API; the environment's may be github.com's.
    const apiUrl = flags.apiUrl ||
        (flags.serverUrl ? apiUrlOf(serverUrl) : env.GITHUB_API_URL || apiUrlOf(serverUrl));
    const repository = flags.manifestRepository || env.GITHUB_REPOSITORY || repositoryFromOrigin(cwd, serverUrl);
    if (!repository) {
        throw new args/* UsageError */.eb('--manifest-repository: missing. Pass the owner/name of the repository that holds the ' +
            'manifest, or run inside a clone whose `origin` remote is that repository on GitHub.');
    }
    return readRunContext({
        ...env,
        GITHUB_REPOSITORY: repository,
        GITHUB_SERVER_URL: serverUrl,
        GITHUB_API_URL: apiUrl,
        GITHUB_SHA: flags.sha || env.GITHUB_SHA || git(['rev-parse', 'HEAD'], cwd) || '',
        GITHUB_WORKSPACE: workspaceOf(env, cwd),
    }, cwd);
}
/** What the action calls the workspace: the runner's, else the top of this git checkout. */
function workspaceOf(env, cwd) {
    return env.GITHUB_WORKSPACE || git(['rev-parse', '--show-toplevel'], cwd) || cwd;
}
/**
 * The workspace for a build folder: the usual one when the folder is inside it; else the
 * folder's own checkout, or its parent, where a Capacitor project keeps package.json and
 * capacitor.config.
 */
function workspaceFor(folder, env, cwd) {
    const workspace = workspaceOf(env, cwd);
    const absolute = external_node_path_default().resolve(cwd, folder);
    const relative = external_node_path_default().relative(workspace, absolute);
    if (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative))
        return workspace;
    return git(['rev-parse', '--show-toplevel'], absolute) || external_node_path_default().dirname(absolute);
}
/** `folder` as the action's `path` input: relative to the workspace when inside it. */
function pathInput(folder, workspace, cwd) {
    const absolute = external_node_path_default().resolve(cwd, folder);
    const relative = external_node_path_default().relative(workspace, absolute);
    if (relative === '')
        return '.';
    return relative.startsWith('..') || external_node_path_default().isAbsolute(relative) ? absolute : relative;
}
// GitHub Enterprise Server serves its API under /api/v3 of its own host.
function apiUrlOf(serverUrl) {
    const trimmed = serverUrl.replace(/\/+$/, '');
    return trimmed === GITHUB_COM ? 'https://api.github.com' : `${trimmed}/api/v3`;
}
/** owner/name from `origin` when it points at github.com or at the given server. */
function repositoryFromOrigin(cwd, serverUrl) {
    const remote = git(['remote', 'get-url', 'origin'], cwd);
    if (!remote)
        return undefined;
    const hosts = new Set(['github.com', hostOf(serverUrl)]);
    const parsed = parseRemote(remote);
    return parsed && hosts.has(parsed.host) ? parsed.repository : undefined;
}
/** `https://host/owner/name.git`, `ssh://git@host/owner/name.git` or `git@host:owner/name.git`. */
function parseRemote(remote) {
    const scp = /^[^@/\s]+@([^:/\s]+):([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(remote);
    if (scp)
        return { host: scp[1], repository: `${scp[2]}/${scp[3]}` };
    try {
        const url = new URL(remote);
        const parts = url.pathname
            .replace(/^\/+|\/+$/g, '')
            .replace(/\.git$/, '')
            .split('/');
        if (parts.length !== 2 || !parts[0] || !parts[1])
            return undefined;
        // ssh URLs name a port for the SSH server, never the web one: match on the host alone.
        const host = url.protocol === 'ssh:' ? url.hostname : url.host;
        return { host, repository: parts.join('/') };
    }
    catch {
        return undefined;
    }
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return '';
    }
}
function git(args, cwd) {
    try {
        const output = (0,external_node_child_process_namespaceObject.execFileSync)('git', args, {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        return output.trim() || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  P: () => (/* binding */ serveCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/responder/urls.ts
var urls = __nccwpck_require__(9174);
;// CONCATENATED MODULE: ./src/responder/options.ts
// The responder's configuration: the same settings as environment variables (Node server,
// Lambda) or as an options object (edge platforms pass their bindings). Read and checked once.


const DEFAULT_TTL_SECONDS = 30;
const DEFAULT_PORT = 8080;
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** Reads the options from environment variables (or edge bindings with the same names). */
function optionsFromEnv(env) {
    const options = {
        manifestFile: setting(env, 'MANIFEST_FILE'),
        manifestUrl: setting(env, 'MANIFEST_URL'),
        manifestToken: setting(env, 'MANIFEST_TOKEN'),
        ttlSeconds: numberSetting(env, 'MANIFEST_TTL_SECONDS', 0, 86_400),
        githubToken: setting(env, 'GITHUB_TOKEN'),
        publicUrl: setting(env, 'PUBLIC_URL'),
        githubApiUrl: setting(env, 'GITHUB_API_URL'),
        port: numberSetting(env, 'PORT', 0, 65_535, true) ?? DEFAULT_PORT,
        host: setting(env, 'HOST'),
    };
    return dropUndefined(options);
}
/** Refuses a configuration that cannot work, naming the setting and the fix. */
function checkOptions(options) {
    if (!options.manifestFile && !options.manifestUrl) {
        throw new errors/* UserError */.y('Set MANIFEST_URL (the `manifest-url` output of the action) or MANIFEST_FILE (a path to the manifest JSON).');
    }
    if (options.manifestFile && options.manifestUrl) {
        throw new errors/* UserError */.y('Set MANIFEST_URL or MANIFEST_FILE, not both.');
    }
    if (options.manifestUrl)
        requireHttpUrl('MANIFEST_URL', options.manifestUrl);
    if (options.githubApiUrl)
        requireHttpUrl('GITHUB_API_URL', options.githubApiUrl);
    if (options.publicUrl) {
        const check = (0,urls/* checkDeviceUrl */.c)(options.publicUrl);
        if (!check.ok) {
            throw new errors/* UserError */.y(`PUBLIC_URL "${options.publicUrl}" ${check.problem}: set it to the https address devices reach the responder at.`);
        }
    }
    const ttl = options.ttlSeconds;
    if (ttl !== undefined && (!Number.isFinite(ttl) || ttl < 0)) {
        throw new errors/* UserError */.y(`MANIFEST_TTL_SECONDS "${ttl}" must be a number of seconds, 0 or more.`);
    }
}
function requireHttpUrl(name, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        throw new errors/* UserError */.y(`${name} must be an absolute http(s) URL; got "${stripQuery(value)}".`);
    }
}
// A raw URL of a private file carries its token in the query string.
function stripQuery(value) {
    const index = value.indexOf('?');
    return index === -1 ? value : `${value.slice(0, index)}?…`;
}
function setting(env, name) {
    const value = env[name]?.trim();
    return value ? value : undefined;
}
function numberSetting(env, name, min, max, integer = false) {
    const text = setting(env, name);
    if (text === undefined)
        return undefined;
    const value = Number(text);
    const pattern = integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
    if (!pattern.test(text) || value < min || value > max) {
        const kind = integer ? 'a whole number' : 'a number';
        throw new errors/* UserError */.y(`${name} "${text}" must be ${kind} from ${min} to ${max}.`);
    }
    return value;
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/responder/platforms/stdout-writer.ts
// Log bytes to standard output. Where stdout is a file or a device (/dev/null, a terminal), they
// are written to the descriptor directly: through `process.stdout` each write also went through
// the stream's machinery, which cost more than the write itself, and Node writes to those
// synchronously anyway. A pipe or a socket (docker, systemd, a log shipper) goes through
// `process.stdout`, which queues what a lagging reader has not taken: a direct write there would
// stop the whole server until the reader caught up. Should a direct write be refused in part
// (EAGAIN), the rest and every later write go through the stream too, so lines keep their order.

const STDOUT_FD = 1;
const processStdout = {
    direct: (bytes) => (0,external_node_fs_.writeSync)(STDOUT_FD, bytes),
    queued: (bytes) => {
        if (!listening) {
            // Like `console.log`, a closed stdout (a log collector that went away) must not stop the
            // server, and an unheard error event would.
            process.stdout.on('error', () => { });
            listening = true;
        }
        process.stdout.write(bytes);
    },
};
let listening = false;
const NOTHING = new Uint8Array(0);
/** Whether stdout takes writes at once: a file or a device does, a pipe or a socket may not. */
function stdoutTakesDirectWrites() {
    try {
        const info = (0,external_node_fs_.fstatSync)(STDOUT_FD);
        return info.isFile() || info.isCharacterDevice();
    }
    catch {
        return false;
    }
}
/**
 * Resolves once `process.stdout` has written what was queued so far, or after `limitMs`:
 * `process.exit` drops whatever the stream still holds.
 */
function stdout_writer_queuedWritten(limitMs) {
    if (!listening || process.stdout.writableLength === 0)
        return Promise.resolve();
    return new Promise((resolve) => {
        const giveUp = setTimeout(resolve, limitMs);
        // Writes complete in order, so this empty one completes after everything before it.
        process.stdout.write(NOTHING, () => {
            clearTimeout(giveUp);
            resolve();
        });
    });
}
/**
 * A writer of log bytes to `output`; errors other than a full pipe are thrown to the caller. The
 * bytes may be reused once the call returns: what is queued is a copy.
 */
function createStdoutWriter(output = processStdout, direct = stdoutTakesDirectWrites()) {
    return (bytes) => {
        if (!direct) {
            output.queued(Buffer.from(bytes));
            return;
        }
        const written = writeDirect(output, bytes);
        if (written >= bytes.length)
            return;
        direct = false;
        output.queued(Buffer.from(bytes.subarray(written)));
    };
}
/** Writes what the descriptor takes now; returns how many bytes that was. */
function writeDirect(output, bytes) {
    try {
        return output.direct(bytes);
    }
    catch (cause) {
        if (cause?.code === 'EAGAIN')
            return 0;
        throw cause;
    }
}

;// CONCATENATED MODULE: ./src/responder/platforms/buffered-log.ts

/** Past this many bytes pending, the lines are written at once instead of after the turn. */
const FLUSH_AT_BYTES = 64 * 1024;
/** Room for what is pending plus the longest line that still goes through the buffer. */
const BUFFER_BYTES = 256 * 1024;
/** A UTF-16 code unit takes at most 3 bytes of UTF-8. */
const MAX_BYTES_PER_UNIT = 3;
const NEWLINE = 0x0a;
/**
 * Lines gathered for `write`, which receives them as UTF-8, each ending in a newline. The bytes
 * are only valid during the call: `write` must copy what it keeps.
 */
function createBufferedSink(write) {
    const buffer = Buffer.allocUnsafeSlow(BUFFER_BYTES);
    let used = 0;
    let scheduled = false;
    const send = (bytes) => {
        try {
            write(bytes);
        }
        catch {
            // A failing log must not stop the server; the lines are lost as a failed console.log's are.
        }
    };
    const flush = () => {
        scheduled = false;
        if (used === 0)
            return;
        const pending = buffer.subarray(0, used);
        used = 0;
        send(pending);
    };
    const sink = (line) => {
        const mostBytes = line.length * MAX_BYTES_PER_UNIT + 1;
        if (used + mostBytes > BUFFER_BYTES)
            flush();
        if (mostBytes > BUFFER_BYTES) {
            // A line longer than the buffer (none of ours comes close) is written on its own.
            send(Buffer.from(`${line}\n`));
            return;
        }
        used += buffer.write(line, used, 'utf8');
        buffer[used++] = NEWLINE;
        if (used >= FLUSH_AT_BYTES)
            flush();
        else if (!scheduled) {
            scheduled = true;
            setImmediate(flush);
        }
    };
    return { sink, flush };
}
let stdoutLines;
/**
 * The process's one buffered sink to stdout, shared so that lines from the server and from its
 * entry point stay in order. Writes are synchronous, so the exit hook gets the last lines out.
 */
function stdoutSink() {
    if (!stdoutLines) {
        const buffered = createBufferedSink(createStdoutWriter());
        process.once('exit', () => buffered.flush());
        stdoutLines = buffered;
    }
    return stdoutLines.sink;
}
/**
 * Writes the pending lines and waits, at most `limitMs`, for a pipe's reader to take what is
 * queued: for a clean stop, where `process.exit` would drop the last lines.
 */
function stdoutWritten(limitMs) {
    stdoutLines?.flush();
    return queuedWritten(limitMs);
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/responder/http.ts
// The platform-neutral shape of a request and a reply. Each platform adapter (Node server,
// Lambda, Fetch API) converts to and from these, so every route behaves the same everywhere.
const JSON_HEADERS = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
};
function http_jsonResponse(status, body) {
    return jsonTextResponse(status, JSON.stringify(body));
}
function jsonTextResponse(status, text) {
    return { status, headers: { ...JSON_HEADERS }, body: text };
}
function redirectResponse(location) {
    return {
        status: 302,
        headers: { ...JSON_HEADERS, location },
        body: JSON.stringify({ status: 'redirect' }),
    };
}

;// CONCATENATED MODULE: ./src/responder/limits.ts
// Limits that keep one misbehaving client from costing the responder more than a normal one.
/** An update check is about 400 bytes; 64 KiB leaves room for custom fields and nothing more. */
const CHECK_BODY_LIMIT = 64 * 1024;
/** Stats arrive in batches of up to 200 events with metadata: about 12 MB at worst. */
const STATS_BODY_LIMIT = 16 * 1024 * 1024;
/** The plugin gives up on a check after `responseTimeout` (20 s by default). */
const CHECK_BODY_TIMEOUT_MS = 10_000;
/** A large stats batch on a slow mobile link needs longer than a check. */
const STATS_BODY_TIMEOUT_MS = 60_000;
/** One stats batch from the plugin holds at most 200 events; log no more than this per request. */
const STATS_EVENTS_LOGGED = 1000;
/** A manifest fetch that hangs must not hold the first requests forever. */
const MANIFEST_FETCH_TIMEOUT_MS = 10_000;
/** GitHub's signed asset URLs live about 5 minutes; reuse one for a minute to spare the API quota. */
const ASSET_REDIRECT_CACHE_MS = 60_000;
/** Strings copied from a request into a log line are cut to this length. */
const LOGGED_STRING_LIMIT = 100;

;// CONCATENATED MODULE: ./src/responder/replies.ts
// The reply shapes of the plugin's protocol. A success never carries `error`, `kind` or
// `message` (Android treats their mere presence as "no update"), a refusal always carries all
// three (older plugins key on `error` or `message`, newer ones on `kind`), and no reply holds a
// JSON null: the plugin's strict decoders crash on one.
const UP_TO_DATE = {
    error: 'no_new_version_available',
    message: 'No new version available',
    kind: 'up_to_date',
};
/** Sends the device back to the bundle compiled into its binary (plugin 6.2+). */
const BUILTIN_REPLY = { version: 'builtin' };
function blocked(error, message) {
    return { error, message, kind: 'blocked' };
}
function replies_failed(error, message) {
    return { error, message, kind: 'failed' };
}

;// CONCATENATED MODULE: ./src/responder/platforms/deadlines.ts
// Time limits for request bodies, kept by one timer that looks over every waiting body a few
// times per limit, instead of a timer set and cleared for each request: under load that pair of
// calls cost more than the rest of reading a body. Time is counted in the timer's ticks, so
// adding and removing a body is a few pointer writes. A tick is a quarter of the shortest limit
// (at most a second), and a late body is refused within two ticks after its limit.
const MIN_TICK_MS = 10;
const MAX_TICK_MS = 1000;
/** `shortestTimeoutMs` sets how often the timer looks, so that every limit keeps its accuracy. */
function createDeadlines(shortestTimeoutMs) {
    const tickMs = Math.min(MAX_TICK_MS, Math.max(MIN_TICK_MS, Math.floor(shortestTimeoutMs / 4)));
    // A doubly linked list: removing a body that arrived costs no search and no rehashing.
    let first;
    let last;
    let tick = 0;
    let timer;
    const unlink = (entry) => {
        if (!entry.linked)
            return;
        entry.linked = false;
        if (entry.previous)
            entry.previous.next = entry.next;
        else
            first = entry.next;
        if (entry.next)
            entry.next.previous = entry.previous;
        else
            last = entry.previous;
        entry.previous = entry.next = undefined;
    };
    const sweep = () => {
        tick++;
        for (let entry = first; entry;) {
            const next = entry.next;
            if (entry.dueTick <= tick) {
                unlink(entry);
                entry.expire();
            }
            entry = next;
        }
        // Idle servers keep no timer running.
        if (!first && timer !== undefined) {
            clearInterval(timer);
            timer = undefined;
        }
    };
    return {
        add(timeoutMs, expire) {
            // The next tick may come at once, so one more tick than the limit holds is waited for.
            const entry = {
                dueTick: tick + Math.ceil(timeoutMs / tickMs) + 1,
                expire,
                previous: last,
                next: undefined,
                linked: true,
            };
            if (last)
                last.next = entry;
            else
                first = entry;
            last = entry;
            timer ??= setInterval(sweep, tickMs);
            return entry;
        },
        remove: (waiting) => unlink(waiting),
    };
}

;// CONCATENATED MODULE: ./src/responder/log.ts
// One JSON line per event, for any log service to chart adoption and failures. Values copied
// from requests are cut short; nothing secret is ever passed in.

/** The shape of an event whose fields are always `keys` (any of them may be undefined). */
function lineShape(name, keys) {
    const clash = keys.find((key) => key === 'time' || key === 'event');
    if (clash)
        throw new Error(`A log line cannot have a field named ${clash}.`);
    return {
        head: `"event":${JSON.stringify(name)}`,
        prefixes: keys.map((key) => `,${JSON.stringify(key)}:`),
    };
}
function createEventLog(sink) {
    return {
        event: (name, fields) => write(sink, `"event":${remembered(name)}`, fields, 'event'),
        warn: (message, fields = {}) => write(sink, `"event":"warning","message":${JSON.stringify(message)}`, fields, 'message'),
        line: (shape, values) => {
            try {
                sink(shapedLine(shape, values));
            }
            catch {
                // As in `write`: the answer matters more than its log line.
            }
        },
    };
}
function shapedLine(shape, values) {
    let line = `{"time":"${isoNow()}",${shape.head}`;
    for (let i = 0; i < shape.prefixes.length; i++) {
        const value = jsonValue(values[i]);
        if (value !== undefined)
            line += shape.prefixes[i] + value;
    }
    return `${line}}`;
}
function write(sink, head, fields, lastLeading) {
    try {
        sink(jsonLine(head, fields, lastLeading));
    }
    catch {
        // A failing log sink must not turn an answer into an error.
    }
}
// The line `JSON.stringify({ time, event, [message], ...fields })` gives, built from pieces
// serialised once, since every update check writes one and its values repeat (app id, platform,
// versions, decision). The fields are named by this code, never numbered; one named like a
// leading field replaces it in place, as with the spread, so that rare case takes the spread.
function jsonLine(head, fields, lastLeading) {
    if (Object.hasOwn(fields, 'time') ||
        Object.hasOwn(fields, 'event') ||
        Object.hasOwn(fields, lastLeading)) {
        const leading = JSON.parse(`{${head}}`);
        return JSON.stringify({ time: isoNow(), ...leading, ...fields });
    }
    let line = `{"time":"${isoNow()}",${head}`;
    for (const key in fields) {
        if (!Object.hasOwn(fields, key))
            continue;
        const value = jsonValue(fields[key]);
        if (value !== undefined)
            line += `,${remembered(key)}:${value}`;
    }
    return `${line}}`;
}
/** A field value as JSON, or undefined when JSON leaves the field out. */
function jsonValue(value) {
    if (typeof value === 'string')
        return remembered(value);
    if (value === true)
        return 'true';
    if (value === false)
        return 'false';
    return JSON.stringify(value);
}
const quoted = new Map();
/** A string as JSON; the short ones a log repeats are quoted once. */
function remembered(text) {
    let json = quoted.get(text);
    if (json === undefined) {
        json = JSON.stringify(text);
        if (text.length <= 100) {
            if (quoted.size >= 1000)
                quoted.clear();
            quoted.set(text, json);
        }
    }
    return json;
}
let lastMs = Number.NaN;
let lastIso = '';
// Formatting a date costs more than the rest of the line; checks arrive many per millisecond.
function isoNow() {
    const now = Date.now();
    if (now !== lastMs) {
        lastMs = now;
        lastIso = new Date(now).toISOString();
    }
    return lastIso;
}
/** A device-sent value fit for a log line: strings only, cut to a fixed length. */
function logged(value) {
    if (typeof value !== 'string')
        return undefined;
    return value.length > LOGGED_STRING_LIMIT ? `${value.slice(0, LOGGED_STRING_LIMIT)}…` : value;
}
const consoleSink = (line) => console.log(line);

;// CONCATENATED MODULE: ./src/responder/url-loader.ts
// Loads the manifest over HTTP with `fetch`, which every runtime has: a raw file URL, or with a
// token the GitHub contents API for private repositories. ETags make an unchanged manifest cost
// a 304 and no parsing.


const USER_AGENT = 'live-update-release-responder';
function createUrlLoader(url, token, fetchFn) {
    const describe = (0,urls/* redactUrl */.BO)(url);
    return {
        describe,
        recheckMs: (ttlMs) => ttlMs,
        waitForRecheck: false,
        load: (tag) => fetchManifest(url, token, tag, fetchFn, describe),
    };
}
async function fetchManifest(url, token, tag, fetchFn, describe) {
    const headers = { 'user-agent': USER_AGENT };
    if (token) {
        headers.authorization = `Bearer ${token}`;
        headers.accept = 'application/vnd.github.raw';
    }
    if (tag)
        headers['if-none-match'] = tag;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), MANIFEST_FETCH_TIMEOUT_MS);
    try {
        const response = await requestManifest(fetchFn, url, headers, controller.signal, describe);
        if (response.status === 304 && tag)
            return { changed: false };
        if (response.status !== 200)
            throw new Error(statusMessage(response.status, describe, token));
        const text = contentsApiText(await response.text());
        return { changed: true, text, tag: response.headers.get('etag') ?? undefined };
    }
    finally {
        clearTimeout(timer);
    }
}
async function requestManifest(fetchFn, url, headers, signal, describe) {
    try {
        return await fetchFn(url, { headers, signal });
    }
    catch (cause) {
        const reason = signal.aborted
            ? `no answer within ${MANIFEST_FETCH_TIMEOUT_MS / 1000} s`
            : networkReason(cause);
        throw new Error(`Fetching ${describe} failed: ${reason}.`);
    }
}
function networkReason(cause) {
    if (!(cause instanceof Error))
        return String(cause);
    const inner = cause.cause;
    return inner?.code ?? inner?.message ?? cause.message;
}
function statusMessage(status, describe, token) {
    const base = `Fetching ${describe} answered HTTP ${status}`;
    if ((status === 401 || status === 403) && token) {
        return `${base}: MANIFEST_TOKEN cannot read it (it needs contents: read on the repository).`;
    }
    if (status === 404) {
        return `${base}: check MANIFEST_URL (a private repository needs MANIFEST_TOKEN and a contents API URL).`;
    }
    return `${base}.`;
}
// The contents API answers with a JSON envelope holding base64 when the raw media type is not
// honoured (some GitHub Enterprise proxies drop the Accept header).
function contentsApiText(text) {
    if (!text.includes('"encoding"'))
        return text;
    try {
        const envelope = JSON.parse(text);
        if (!isContentsEnvelope(envelope))
            return text;
        const binary = atob(envelope.content.replace(/\s/g, ''));
        const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
        return new TextDecoder().decode(bytes);
    }
    catch {
        return text;
    }
}
function isContentsEnvelope(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const record = value;
    return (record.type === 'file' && record.encoding === 'base64' && typeof record.content === 'string');
}

;// CONCATENATED MODULE: ./src/responder/bundle-proxy.ts





const CACHE_ENTRIES = 200;
function createBundleProxy(settings, log) {
    const cache = new Map();
    return async function answerBundle(version, manifest) {
        const bundle = manifest?.bundles.get(version);
        if (!bundle || bundle.problem)
            return notServed(version);
        if (!bundle.proxied) {
            return (0,urls/* checkDeviceUrl */.c)(bundle.storedUrl).ok
                ? redirectResponse(bundle.storedUrl)
                : notServed(version);
        }
        if (!bundle.asset || !settings.githubToken)
            return notServed(version);
        const key = `${bundle.asset.repository}#${bundle.asset.id}`;
        const cached = cache.get(key);
        if (cached && cached.expires > settings.now())
            return redirectResponse(cached.location);
        const location = await signedAssetUrl(bundle.asset, settings, log, version);
        if (!location) {
            return http_jsonResponse(502, {
                error: 'asset_unavailable',
                message: `GitHub did not hand out the release asset of bundle ${version}; try again later.`,
            });
        }
        if (cache.size >= CACHE_ENTRIES)
            cache.clear();
        cache.set(key, { location, expires: settings.now() + ASSET_REDIRECT_CACHE_MS });
        return redirectResponse(location);
    };
}
async function signedAssetUrl(asset, settings, log, version) {
    const api = settings.githubApiUrl.replace(/\/+$/, '');
    try {
        const response = await settings.fetch(`${api}/repos/${asset.repository}/releases/assets/${asset.id}`, {
            redirect: 'manual',
            headers: {
                accept: 'application/octet-stream',
                authorization: `Bearer ${settings.githubToken}`,
                'user-agent': USER_AGENT,
                'x-github-api-version': '2022-11-28',
            },
        });
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (response.status >= 300 && response.status < 400 && location) {
            return new URL(location, `${api}/`).href;
        }
        log.warn('GitHub refused a release asset for proxy delivery.', {
            version,
            repository: asset.repository,
            status: response.status,
            hint: response.status === 404 ? 'GITHUB_TOKEN needs contents: read on the repository' : undefined,
        });
    }
    catch (cause) {
        log.warn('GitHub could not be reached for a release asset.', {
            version,
            reason: cause instanceof Error ? cause.message : String(cause),
        });
    }
    return undefined;
}
function notServed(version) {
    return http_jsonResponse(404, {
        error: 'no_bundle',
        message: `Bundle ${logged(version)} is not served here.`,
    });
}

;// CONCATENATED MODULE: ./src/responder/body.ts
// Reads a request body as JSON without trusting it: size first, then syntax, then shape.
// Every refusal is a 400 with a JSON body the plugin understands; nothing here can throw.

/** The fields every update check and channel call carries (protocol section 1). */
const REQUIRED_FIELDS = (/* unused pure expression or super */ null && ([
    'app_id',
    'device_id',
    'platform',
    'version_name',
    'version_build',
]));
const decoder = new TextDecoder('utf-8');
/** Whether a body is over `limit` bytes, without encoding a string when its length decides. */
function overLimit(body, limit) {
    if (typeof body !== 'string')
        return body.byteLength > limit;
    if (body.length > limit)
        return true;
    if (body.length * 3 <= limit)
        return false;
    return new TextEncoder().encode(body).byteLength > limit;
}
/** Parses a body that must be a JSON object or, when `allowArray`, an array. */
function parseJsonBody(body, limit, allowArray = false) {
    if (overLimit(body, limit)) {
        return refuse('body_too_large', `The request body is over the ${limit}-byte limit.`);
    }
    const text = typeof body === 'string' ? body : decoder.decode(body);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return refuse('invalid_json', 'The request body is not valid JSON.');
    }
    if (Array.isArray(value) && allowArray)
        return { ok: true, value };
    if (isJsonObject(value))
        return { ok: true, value };
    const expected = allowArray ? 'a JSON object or array' : 'a JSON object';
    return refuse('invalid_json', `The request body must be ${expected}.`);
}
/** Parses an update check or channel call: a JSON object with the plugin's required fields. */
function parseDeviceBody(body, limit) {
    const parsed = parseJsonBody(body, limit);
    if (!parsed.ok)
        return parsed;
    const object = parsed.value;
    const problem = missingField(object);
    return problem ? refuse('missing_info', problem) : { ok: true, value: object };
}
function missingField(object) {
    const sent = object;
    if (!filled(sent.app_id))
        return mustBeText('app_id');
    if (!filled(sent.device_id))
        return mustBeText('device_id');
    if (!filled(sent.platform))
        return mustBeText('platform');
    if (!filled(sent.version_name))
        return mustBeText('version_name');
    if (!filled(sent.version_build))
        return mustBeText('version_build');
    return undefined;
}
const mustBeText = (field) => `The field \`${field}\` must be a non-empty string.`;
const filled = (value) => typeof value === 'string' && value !== '';
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads an own property only, so keys like `__proto__` or `constructor` are plain data. */
function ownValue(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}
function ownString(object, key) {
    const value = ownValue(object, key);
    return typeof value === 'string' ? value : undefined;
}
function refuse(error, message) {
    return { ok: false, reply: replies_failed(error, message) };
}

// EXTERNAL MODULE: ./src/manifest/ranges.ts
var manifest_ranges = __nccwpck_require__(2903);
// EXTERNAL MODULE: ./src/manifest/semver.ts
var manifest_semver = __nccwpck_require__(3425);
// EXTERNAL MODULE: ./src/manifest/types.ts
var types = __nccwpck_require__(2628);
// EXTERNAL MODULE: ./src/manifest/versions.ts
var versions = __nccwpck_require__(7064);
;// CONCATENATED MODULE: ./src/responder/memo.ts
// Remembers what a function gave for short strings. A fleet reports a handful of distinct native
// and bundle versions, so parsing each string once takes the parsing off nearly every check.
// Bounded in entries and in key length, so hostile requests cannot grow it.
const MAX_KEY_LENGTH = 64;
function memoize(compute, capacity = 1024) {
    const remembered = new Map();
    return (key) => {
        const known = remembered.get(key);
        if (known !== undefined || remembered.has(key))
            return known;
        const value = compute(key);
        if (key.length <= MAX_KEY_LENGTH) {
            if (remembered.size >= capacity)
                remembered.clear();
            remembered.set(key, value);
        }
        return value;
    };
}

;// CONCATENATED MODULE: ./src/responder/rollout.ts
// Splits devices for a partial rollout. The hash must give the same answer on every check and
// in every runtime (Node, workerd, Deno, Bun), so it is plain integer arithmetic over UTF-8
// bytes: FNV-1a, then a final mix so that ids differing only in their last characters still
// spread evenly over the buckets.
/** Rollout percents count to two decimals: 10,000 buckets. */
const ROLLOUT_BUCKETS = 10_000;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const rollout_NEWLINE = 0x0a;
const encoder = new TextEncoder();
/** 0 ≤ bucket < 10,000 for this device and this version; stable across checks and runtimes. */
function rolloutBucket(deviceId, version) {
    let hash = hashUtf8(FNV_OFFSET, deviceId.toLowerCase());
    hash = Math.imul(hash ^ rollout_NEWLINE, FNV_PRIME);
    return mix(hashUtf8(hash, version)) % ROLLOUT_BUCKETS;
}
// FNV-1a over the UTF-8 bytes of `text`. Device ids and versions are ASCII, whose bytes are their
// character codes, so the bytes are built only for other text: this runs on every check of a
// partial rollout.
function hashUtf8(start, text) {
    let hash = start;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80)
            return hashBytes(start, encoder.encode(text));
        hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    return hash;
}
function hashBytes(start, bytes) {
    let hash = start;
    for (const byte of bytes)
        hash = Math.imul(hash ^ byte, FNV_PRIME);
    return hash;
}
/** A rollout percent (0-100, two decimals count) as the number of buckets inside it. */
function rolloutBuckets(percent) {
    if (!Number.isFinite(percent))
        return 0;
    return Math.round(Math.min(100, Math.max(0, percent)) * (ROLLOUT_BUCKETS / 100));
}
function mix(value) {
    let h = value >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}

;// CONCATENATED MODULE: ./src/responder/decide.ts
// The update decision: pure, over a compiled manifest and one device. The steps follow the
// order of the design, and each refusal says what the device would need to get the bundle.






// Parsed forms are shared between checks and only read.
const nativeVersionOf = memoize(versions/* coerceNativeSemVer */.LW);
const bundleVersionOf = memoize(manifest_semver/* parseSemVer */.IX);
/** Plugins above this always send `key_id` when the app has a key (the vendor cloud's cut too). */
const ALWAYS_SENDS_KEY_ID_AFTER = { major: 8, minor: 40, patch: 7, prerelease: [] };
function decide(manifest, device) {
    if (device.appId !== manifest.appId) {
        return {
            kind: 'blocked',
            code: 'unknown_app',
            message: `This responder serves ${manifest.appId}, not ${clip(device.appId)}: check updateUrl.`,
        };
    }
    const channel = pickChannel(manifest, device.defaultChannel);
    if (!channel) {
        const name = manifest.defaultChannel;
        return {
            kind: 'failed',
            code: 'no_channel',
            message: `Channel ${name} is not in the manifest.`,
        };
    }
    if (channel.problem)
        return { kind: 'failed', channel: channel.name, ...channel.problem };
    const target = rolloutTarget(channel, device.deviceId);
    if (!target)
        return { kind: 'up_to_date', channel: channel.name };
    if (target.problem) {
        return { kind: 'failed', channel: channel.name, target: target.version, ...target.problem };
    }
    return decideForTarget(channel, target, device);
}
/** `defaultChannel` when the device may pick it, else the manifest's default channel. */
function pickChannel(manifest, requested) {
    const chosen = requested === '' ? undefined : manifest.channels.get(requested);
    if (chosen?.allowSelfSet)
        return chosen;
    return manifest.channels.get(manifest.defaultChannel);
}
function rolloutTarget(channel, deviceId) {
    const current = channel.current;
    if (!current)
        return undefined;
    if (channel.insideBuckets >= ROLLOUT_BUCKETS)
        return current;
    const inside = rolloutBucket(deviceId, current.version) < channel.insideBuckets;
    return inside ? current : channel.previous;
}
function decideForTarget(channel, target, device) {
    const base = { channel: channel.name, target: target.version };
    const refusal = policyRefusal(channel, target.bundle, device);
    if (refusal)
        return { kind: 'blocked', ...base, ...refusal };
    if (target.version === types/* BUILTIN */.s || !target.bundle) {
        return device.versionName === types/* BUILTIN */.s
            ? { kind: 'up_to_date', channel: channel.name, target: types/* BUILTIN */.s }
            : { kind: 'builtin', channel: channel.name };
    }
    const bundle = target.bundle;
    // The device's versions are the only ones parsed per check; the bundle's were parsed at load.
    const native = nativeVersionOf(device.versionBuild);
    const nativeProblem = nativeRefusal(bundle, device, native, channel.rolledBackFrom);
    if (nativeProblem === 'builtin')
        return { kind: 'builtin', channel: channel.name };
    if (nativeProblem)
        return { kind: 'blocked', ...base, ...nativeProblem };
    const encryption = encryptionRefusal(bundle, device);
    if (encryption)
        return { kind: 'blocked', ...base, ...encryption };
    if (!needsDownload(bundle, device, native, channel.rolledBackFrom)) {
        return { kind: 'up_to_date', ...base };
    }
    return { kind: 'download', channel: channel.name, bundle };
}
function policyRefusal(channel, bundle, device) {
    const platform = device.platform;
    if (!channel.platforms.has(platform)) {
        return {
            code: platformCode(platform),
            message: `Channel ${channel.name} does not serve ${platform} devices.`,
        };
    }
    if (bundle && !bundle.platforms.has(platform)) {
        return {
            code: platformCode(platform),
            message: `Bundle ${bundle.version} is not built for ${platform}.`,
        };
    }
    if (device.isEmulator && !channel.allowEmulator) {
        return {
            code: 'disable_emulator',
            message: `Channel ${channel.name} does not serve emulators: use a real device.`,
        };
    }
    if (device.isDevBuild && !channel.allowDevBuild) {
        return {
            code: 'disable_dev_build',
            message: `Channel ${channel.name} does not serve dev builds: use a production build.`,
        };
    }
    return undefined;
}
// Android and iOS builds name their platform; anything else is kept out of the error code.
function platformCode(platform) {
    return `disabled_platform_${/^[a-z0-9_]{1,20}$/.test(platform) ? platform : 'unknown'}`;
}
// Bundles are built against a native shell: a newer major may call native code the binary
// lacks, and a bundle older than the binary would undo a fresh store install. No older bundle is
// offered instead; the release manager decides what a channel serves.
function nativeRefusal(bundle, device, native, rolledBack) {
    if (native === undefined) {
        return {
            code: 'native_version_mismatch',
            message: `The native version "${clip(device.versionBuild)}" is not a version like 1.4.0.`,
        };
    }
    if (bundle.major > native.major) {
        return {
            code: 'disable_auto_update_to_major',
            message: `Bundle ${bundle.version} needs native version ${bundle.major}.x; this app is ${(0,manifest_semver/* formatSemVer */.w0)(native)}: install the store update.`,
        };
    }
    if ((0,manifest_semver/* compareSemVer */.Cg)(bundle.semver, native) < 0) {
        // After a rollback below the native version, a device still on the bad bundle must leave
        // it, and the only safe place is the bundle inside its own binary.
        if (rolledBack.has(device.versionName))
            return 'builtin';
        return {
            code: 'disable_auto_update_under_native',
            message: `Bundle ${bundle.version} is older than the native app ${(0,manifest_semver/* formatSemVer */.w0)(native)}, which already ships newer code.`,
        };
    }
    if (bundle.nativeRange !== undefined && !inRange(native, bundle.nativeRanges)) {
        return {
            code: 'native_version_mismatch',
            message: `Bundle ${bundle.version} needs a native version in ${bundle.nativeRange}; this app is ${(0,manifest_semver/* formatSemVer */.w0)(native)}.`,
        };
    }
    return undefined;
}
// A range that does not parse admits nothing.
function inRange(version, ranges) {
    return ranges !== undefined && (0,manifest_ranges/* versionInRange */.rR)(version, ranges);
}
// An app with a public key can only install encrypted bundles (iOS always decrypts the checksum,
// Android refuses a missing session key), and only ones encrypted for its own key.
function encryptionRefusal(bundle, device) {
    const keyId = device.keyId;
    if (keyId !== undefined && !bundle.encrypted) {
        return {
            code: 'encryption_required',
            message: `This app has a public key and installs encrypted bundles only; bundle ${bundle.version} is plain.`,
        };
    }
    if (keyId !== undefined && bundle.keyId !== keyId) {
        return {
            code: 'key_id_mismatch',
            message: `Bundle ${bundle.version} is encrypted for key ${bundle.keyId}; this app has key ${clip(keyId)}.`,
        };
    }
    if (keyId === undefined && bundle.encrypted && sendsKeyIdWhenKeyed(device.pluginVersion)) {
        return {
            code: 'key_id_mismatch',
            message: `Bundle ${bundle.version} is encrypted for key ${bundle.keyId}; this app has no public key.`,
        };
    }
    return undefined;
}
function sendsKeyIdWhenKeyed(pluginVersion) {
    const version = pluginVersion ? nativeVersionOf(pluginVersion) : undefined;
    return version ? (0,manifest_semver/* compareSemVer */.Cg)(version, ALWAYS_SENDS_KEY_ID_AFTER) > 0 : false;
}
// The plugin installs any version name that differs from its own, so a lower one is a downgrade.
// A device ahead of its channel keeps what it has, unless it runs a version the channel was
// rolled back from: that is exactly the device a rollback must reach.
function needsDownload(bundle, device, native, rolledBack) {
    const current = effectiveVersion(device, native);
    const order = current === undefined ? -1 : (0,manifest_semver/* compareSemVer */.Cg)(current, bundle.semver);
    if (order < 0)
        return true;
    if (order === 0)
        return false;
    return rolledBack.has(device.versionName);
}
// `builtin` carries no version of its own: the bundle inside the binary is the native version.
function effectiveVersion(device, native) {
    return device.versionName === types/* BUILTIN */.s ? native : bundleVersionOf(device.versionName);
}
function clip(text) {
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

;// CONCATENATED MODULE: ./src/responder/channel-self.ts
// `/channel_self`: the plugin's setChannel (POST), getChannel (PUT), listChannels (GET) and
// unsetChannel (DELETE). Since x.34 the plugin stores the chosen channel itself and sends it as
// `defaultChannel` on every check, so these answers come from the manifest alone: nothing is
// stored per device.






const NO_MANIFEST = {
    error: 'no_channel',
    message: 'The responder has no manifest loaded yet.',
};
/** POST: may the device pick `channel`? The plugin stores it only on success. */
function setChannel(body, manifest, log) {
    const parsed = parseDeviceBody(body, CHECK_BODY_LIMIT);
    if (!parsed.ok)
        return http_jsonResponse(400, parsed.reply);
    const requested = ownString(parsed.value, 'channel');
    if (!requested) {
        const problem = 'The field `channel` must be a non-empty string.';
        return http_jsonResponse(400, replies_failed('missing_info', problem));
    }
    const appId = ownString(parsed.value, 'app_id') ?? '';
    const refusal = manifest
        ? (appRefusal(appId, manifest) ?? setRefusal(requested, manifest))
        : NO_MANIFEST;
    log.event('channel_set', {
        app_id: logged(appId),
        channel: logged(requested),
        result: refusal?.error ?? 'ok',
    });
    return http_jsonResponse(200, refusal ?? { status: 'ok', allowSet: true });
}
// Picking the default channel always works: routing lands there for any channel not open to
// self-assignment, so storing its name changes nothing and lets a device leave a beta channel.
function setRefusal(requested, manifest) {
    const channel = manifest.channels.get(requested);
    if (!channel) {
        return { error: 'channel_not_found', message: `Channel ${requested} does not exist.` };
    }
    if (channel.allowSelfSet || requested === manifest.defaultChannel)
        return undefined;
    return {
        error: 'cannot_update_via_private_channel',
        message: `Channel ${requested} does not allow devices to pick it themselves.`,
    };
}
/**
 * PUT: the channel the device is routed to. A 400 holding `channel_not_found` makes the plugin
 * fall back to its configured default.
 */
function getChannel(body, manifest) {
    const parsed = parseDeviceBody(body, CHECK_BODY_LIMIT);
    if (!parsed.ok)
        return http_jsonResponse(400, parsed.reply);
    const requested = ownString(parsed.value, 'defaultChannel') ?? '';
    if (!manifest)
        return channelNotFound(requested || 'default');
    const refusal = appRefusal(ownString(parsed.value, 'app_id') ?? '', manifest);
    if (refusal)
        return http_jsonResponse(200, refusal);
    const routed = pickChannel(manifest, requested);
    if (requested !== '' && !manifest.channels.has(requested))
        return channelNotFound(requested);
    if (!routed)
        return channelNotFound(manifest.defaultChannel);
    const override = routed.name === requested && requested !== manifest.defaultChannel;
    return http_jsonResponse(200, {
        channel: routed.name,
        status: override ? 'override' : 'default',
        allowSet: routed.allowSelfSet,
    });
}
/** GET: the channels a device may pick; the plugin sends its fields as query parameters. */
function listChannels(query, manifest) {
    if (!manifest)
        return http_jsonResponse(200, []);
    const appId = query.app_id;
    const refusal = appId === undefined ? undefined : appRefusal(appId, manifest);
    return http_jsonResponse(200, refusal ?? manifest.selfSetChannels);
}
/** DELETE: older plugins (before x.34) ask the server to forget the device's choice. */
function unsetChannel() {
    return http_jsonResponse(200, { status: 'ok' });
}
function appRefusal(appId, manifest) {
    if (appId === manifest.appId)
        return undefined;
    return {
        error: 'unknown_app',
        message: `This responder serves ${manifest.appId}, not ${logged(appId)}.`,
    };
}
function channelNotFound(name) {
    return http_jsonResponse(400, replies_failed('channel_not_found', `Channel ${logged(name)} does not exist.`));
}

// EXTERNAL MODULE: ./src/manifest/edits.ts + 4 modules
var edits = __nccwpck_require__(9251);
;// CONCATENATED MODULE: ./src/responder/bundle-plan.ts
// What one bundle entry becomes for devices: its download reply, serialised once, or the problem
// that keeps it from being served. The manifest parser judges the entry's fields; this adds what
// only the responder knows (its own URL and token for proxy delivery) and a final check of the
// reply itself.



const NOT_A_VERSION = { major: 0, minor: 0, patch: 0, prerelease: [] };
function compileBundle(version, entry, parseProblem, options) {
    const encrypted = typeof entry.session_key === 'string' && entry.session_key !== '';
    const semver = (0,manifest_semver/* parseSemVer */.IX)(version);
    const nativeRange = nonEmptyString(entry.native_versions);
    const storedUrl = typeof entry.url === 'string' ? entry.url : '';
    const storedCheck = (0,urls/* checkDeviceUrl */.c)(storedUrl);
    const plan = {
        version,
        replyText: '',
        major: semver?.major ?? 0,
        semver: semver ?? NOT_A_VERSION,
        platforms: new Set(stringArray(entry.platforms)),
        nativeRange,
        nativeRanges: nativeRange === undefined ? undefined : (0,manifest_ranges/* parsedRange */.H5)(nativeRange),
        keyId: nonEmptyString(entry.key_id),
        encrypted,
        proxied: entry.delivery === 'proxy',
        asset: assetOf(entry),
        storedUrl,
        loopbackHttp: storedCheck.ok && storedCheck.loopbackHttp,
    };
    const problem = parseProblem
        ? invalid(version, parseProblem)
        : (entryProblem(version, entry, plan, semver) ??
            deliveryProblem(version, entry, plan, options));
    if (problem)
        return { ...plan, problem };
    const reply = downloadReply(version, entry, plan, options);
    // A direct download goes to the stored URL, checked above already.
    const urlCheck = reply.url === storedUrl ? storedCheck : (0,urls/* checkDeviceUrl */.c)(reply.url);
    const replyProblem = replyContractProblem(reply, urlCheck);
    if (replyProblem)
        return { ...plan, problem: invalid(version, replyProblem) };
    return { ...plan, replyText: JSON.stringify(reply) };
}
function entryProblem(version, entry, plan, semver) {
    if (semver === undefined)
        return invalid(version, 'its version is not semver');
    if (plan.platforms.size === 0)
        return invalid(version, 'it lists no platforms');
    if (plan.encrypted && plan.keyId === undefined) {
        return invalid(version, 'it is encrypted but has no key_id');
    }
    if (entry.delivery === 'proxy' && !plan.asset) {
        return invalid(version, 'proxy delivery needs its repository and asset_id');
    }
    return undefined;
}
function deliveryProblem(version, entry, plan, options) {
    if (entry.delivery !== 'proxy')
        return undefined;
    if (options.publicUrl && options.canProxy)
        return undefined;
    return {
        code: 'proxy_not_configured',
        message: `Bundle ${plan.version} is delivered through the responder, which needs PUBLIC_URL and GITHUB_TOKEN.`,
    };
}
function downloadReply(version, entry, plan, options) {
    const url = entry.delivery === 'proxy'
        ? `${trimSlash(options.publicUrl ?? '')}/bundles/${encodeURIComponent(version)}`
        : plan.storedUrl;
    return {
        version,
        url,
        checksum: typeof entry.checksum === 'string' ? entry.checksum : '',
        session_key: plan.encrypted ? String(entry.session_key) : '',
    };
}
// The last line of defence for what a device receives: a null, an empty field or a checksum in
// a form the plugin rejects crashes or wedges the app, so such an entry is never served.
function replyContractProblem(reply, url) {
    if (!url.ok)
        return `its url ${url.problem}`;
    if (reply.session_key === '') {
        if (!/^[0-9a-f]{64}$/.test(reply.checksum))
            return 'its checksum is not a 64-hex SHA-256';
    }
    else {
        if (!/^[0-9a-f]{512}$/.test(reply.checksum)) {
            return 'it is encrypted but its checksum is not the 512-hex encrypted form';
        }
        if (!/^[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$/.test(reply.session_key)) {
            return 'its session_key is not base64(iv):base64(key)';
        }
    }
    return undefined;
}
function assetOf(entry) {
    const repository = entry.repository;
    const id = entry.asset_id;
    if (typeof repository !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(repository))
        return undefined;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)
        return undefined;
    return { repository, id };
}
function invalid(version, reason) {
    return { code: 'invalid_bundle', message: `Bundle ${version} cannot be served: ${reason}.` };
}
function trimSlash(url) {
    return url.endsWith('/') ? url.slice(0, -1) : url;
}
function stringArray(value) {
    return Array.isArray(value)
        ? value.filter((item) => typeof item === 'string')
        : [];
}
function nonEmptyString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/responder/bundle-plans.ts

class LazyBundlePlans {
    read;
    options;
    warn;
    plans = new Map();
    versions;
    constructor(read, options, 
    /** Hears once about each bundle an operator should know about. */
    warn) {
        this.read = read;
        this.options = options;
        this.warn = warn;
        const entries = read.manifest.bundles;
        this.versions = typeof entries === 'object' && entries !== null ? Object.keys(entries) : [];
    }
    get size() {
        return this.versions.length;
    }
    get(version) {
        const known = this.plans.get(version);
        if (known)
            return known;
        const bundles = this.read.manifest.bundles;
        if (typeof bundles !== 'object' || bundles === null || !Object.hasOwn(bundles, version)) {
            return undefined;
        }
        const problem = this.read.bundleProblem(version);
        const plan = compileBundle(version, bundles[version], problem, this.options);
        this.plans.set(version, plan);
        const warning = warningFor(plan);
        if (warning)
            this.warn(warning);
        return plan;
    }
    next = 0;
    /** Compiles up to `limit` more bundles, in manifest order; whether all are compiled now. */
    compileMore(limit = Number.POSITIVE_INFINITY) {
        for (let count = 0; this.next < this.versions.length && count < limit; this.next++) {
            const version = this.versions[this.next];
            if (this.plans.has(version))
                continue;
            this.get(version);
            count++;
        }
        return this.next >= this.versions.length;
    }
}
function warningFor(plan) {
    if (plan.problem)
        return plan.problem.message;
    // Devices accept http on loopback only, which suits local tests and nothing else.
    if (plan.loopbackHttp && plan.storedUrl.startsWith('http:')) {
        return `Bundle ${plan.version} uses a plain http URL: devices accept it on loopback only.`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/responder/compile.ts
// Turns a parsed manifest into per-channel plans once, when it loads, so that an update check
// only reads a few fields and scans nothing. Everything the decision could find wrong with an
// entry is found here and stored as a problem, answered with `kind:"failed"` for the devices that
// entry would serve.





/** Compiles everything at once, every warning included. */
function compileManifest(parsed, options) {
    const read = {
        manifest: parsed.manifest,
        bundleProblem: (version) => parsed.bundleProblems.get(version),
        channelProblem: (name) => parsed.channelProblems.get(name),
    };
    return compileRead(read, options, true);
}
/**
 * Compiles the channels and the bundles they serve; with `everything`, every other bundle too,
 * first and in manifest order, else when `compileRest` is called or a route asks for one.
 */
function compileRead(read, options, everything = false) {
    const { manifest } = read;
    // Warnings wait here until the caller takes them, whoever's request found them.
    let found = [];
    const take = () => {
        const taken = found;
        found = [];
        return taken;
    };
    const bundles = new LazyBundlePlans(read, options, (warning) => found.push(warning));
    if (everything)
        bundles.compileMore();
    const channels = new Map();
    for (const [name, channel] of ownEntries(manifest.channels)) {
        const plan = compileChannel(name, channel, read.channelProblem(name), bundles);
        if (plan.problem)
            found.push(plan.problem.message);
        channels.set(name, plan);
    }
    return {
        appId: manifest.app_id,
        defaultChannel: manifest.default_channel,
        channels,
        bundles,
        selfSetChannels: listSelfSet(manifest, channels),
        warnings: take(),
        compileRest(limit) {
            const done = bundles.compileMore(limit);
            return { done, warnings: take() };
        },
        updatedAt: manifest.updated_at,
    };
}
function compileChannel(name, channel, parseProblem, bundles) {
    const plan = {
        name,
        allowSelfSet: channel.allow_self_set === true,
        platforms: new Set(stringArray(channel.platforms)),
        allowEmulator: channel.allow_emulator === true,
        allowDevBuild: channel.allow_dev_build === true,
        insideBuckets: rolloutBuckets(typeof channel.rollout === 'number' ? channel.rollout : 100),
        current: targetOf(nonEmptyString(channel.version), bundles),
        previous: targetOf(nonEmptyString(channel.previous), bundles),
        rolledBackFrom: safeRolledBackFrom(channel),
    };
    if (parseProblem) {
        return {
            ...plan,
            problem: {
                code: 'misconfigured_channel',
                message: `Channel ${name} is misconfigured: ${parseProblem}.`,
            },
        };
    }
    return plan;
}
function targetOf(version, bundles) {
    if (version === undefined)
        return undefined;
    if (version === types/* BUILTIN */.s)
        return { version };
    const bundle = bundles.get(version);
    if (!bundle) {
        return {
            version,
            problem: { code: 'no_bundle', message: `Bundle ${version} is not in the manifest.` },
        };
    }
    return bundle.problem ? { version, bundle, problem: bundle.problem } : { version, bundle };
}
function safeRolledBackFrom(channel) {
    try {
        return Array.isArray(channel.history) ? (0,edits/* rolledBackFrom */.qe)(channel) : new Set();
    }
    catch {
        return new Set();
    }
}
// Listed in name order so that ids stay the same between loads of an unchanged manifest.
function listSelfSet(manifest, channels) {
    const names = [...channels.values()]
        .filter((plan) => plan.allowSelfSet && !plan.problem)
        .map((plan) => plan.name)
        .sort();
    return names.map((name, index) => ({
        id: index + 1,
        name,
        public: name === manifest.default_channel,
        allow_self_set: true,
    }));
}
function ownEntries(record) {
    if (typeof record !== 'object' || record === null)
        return [];
    return Object.keys(record).map((key) => [key, record[key]]);
}

;// CONCATENATED MODULE: ./src/responder/routes.ts
// Which handler answers a request. Routes match the end of the path, so the responder works
// under any prefix its host adds (`/.netlify/functions/responder/updates`, an API Gateway
// stage, a Vercel `/api/...` folder).

const BUNDLE_PATH = /\/bundles\/([^/]+)\/?$/;
function matchRoute(method, path) {
    const clean = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
    const verb = isUpperCase(method) ? method : method.toUpperCase();
    if (verb === 'POST' && (clean === '' || clean === '/' || endsWithSegment(clean, '/updates'))) {
        return UPDATES;
    }
    if (verb === 'POST' && endsWithSegment(clean, '/stats'))
        return STATS;
    if (endsWithSegment(clean, '/channel_self') && CHANNEL_VERBS.has(verb))
        return CHANNEL_SELF;
    if ((verb === 'GET' || verb === 'HEAD') && endsWithSegment(clean, '/health'))
        return HEALTH;
    const bundle = verb === 'GET' || verb === 'HEAD' ? BUNDLE_PATH.exec(clean) : null;
    if (bundle?.[1])
        return { name: 'bundle', version: decodeSegment(bundle[1]) };
    return NOT_FOUND;
}
// Routes without parameters are shared: every request matches one, and none is changed.
const UPDATES = { name: 'updates' };
const STATS = { name: 'stats' };
const CHANNEL_SELF = { name: 'channel_self' };
const HEALTH = { name: 'health' };
const NOT_FOUND = { name: 'not_found' };
const CHANNEL_VERBS = new Set(['POST', 'PUT', 'GET', 'DELETE']);
/** `/segment` ends the path (`slashed` carries the slash). */
function endsWithSegment(path, slashed) {
    return path.endsWith(slashed);
}
// Node and the Fetch API hand over methods in upper case already; only a Lambda event may not.
function isUpperCase(method) {
    return method === 'POST' || method === 'GET' || method === 'PUT' || method === 'HEAD';
}
function decodeSegment(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}
/** How many body bytes a route reads at most; adapters stop reading past this. */
function bodyLimitFor(method, path) {
    return matchRoute(method, path).name === 'stats' ? STATS_BODY_LIMIT : CHECK_BODY_LIMIT;
}
/** How long an adapter waits for the whole body before answering 400. */
function bodyTimeoutFor(method, path) {
    return matchRoute(method, path).name === 'stats' ? STATS_BODY_TIMEOUT_MS : CHECK_BODY_TIMEOUT_MS;
}

// EXTERNAL MODULE: ./src/manifest/parse.ts + 2 modules
var parse = __nccwpck_require__(4881);
;// CONCATENATED MODULE: ./src/responder/source.ts
// Keeps the last good manifest and refreshes it in the background (stale-while-revalidate): a
// check is answered from what is loaded while a newer copy is fetched. A fetch failure or a
// manifest that does not parse leaves the last good one serving, and the log says why.

/** How long after a load the bundle entries no channel serves start being judged. */
const REST_AFTER_MS = 50;
/** Bundle entries judged per turn of the event loop after a load: under a millisecond's work. */
const BUNDLES_PER_SLICE = 20;
// After the I/O of this turn (Node, Bun, Deno have `setImmediate`), else on the next timer.
const nextTurn = () => new Promise((resolve) => {
    const immediate = globalThis.setImmediate;
    if (immediate)
        immediate(resolve);
    else
        setTimeout(resolve, 0);
});
/** How soon to try again while no manifest could be loaded at all. */
const RETRY_WITHOUT_MANIFEST_MS = 2000;
function createManifestSource(loader, ttlMs, compile, log, now = Date.now) {
    let loaded;
    let error;
    let lastAttempt = Number.NEGATIVE_INFINITY;
    let inFlight;
    let finishing;
    const attempt = async () => {
        lastAttempt = now();
        try {
            const result = await loader.load(loaded?.tag);
            if (result.changed)
                loaded = accept(result.text, result.tag);
            else if (loaded)
                loaded.confirmedAt = now();
            error = undefined;
        }
        catch (cause) {
            error = cause instanceof Error ? cause.message : String(cause);
            log.warn(keepMessage(loaded !== undefined), { source: loader.describe, reason: error });
        }
    };
    const accept = (text, tag) => {
        const compiled = compile((0,parse/* readManifest */.WI)(text));
        log.event('manifest_loaded', {
            source: loader.describe,
            app_id: compiled.appId,
            bundles: compiled.bundles.size,
            channels: compiled.channels.size,
        });
        warnAll(compiled.warnings);
        finishing = compileRestSoon(compiled);
        const at = now();
        return { compiled, loadedAt: at, confirmedAt: at, tag };
    };
    const warnAll = (warnings) => {
        for (const warning of warnings)
            log.warn(warning, { source: loader.describe });
    };
    // Checks waiting for this manifest are answered first: every other bundle entry is judged a
    // moment later, a slice per turn of the event loop so that checks arriving meanwhile are not
    // held up, and what is wrong with one is logged then.
    const compileRestSoon = async (compiled) => {
        await new Promise((resolve) => setTimeout(resolve, REST_AFTER_MS));
        for (let done = false; !done; await nextTurn()) {
            if (loaded?.compiled !== compiled)
                return;
            try {
                const rest = compiled.compileRest(BUNDLES_PER_SLICE);
                warnAll(rest.warnings);
                done = rest.done;
            }
            catch (cause) {
                log.warn('Judging the bundle entries failed.', {
                    source: loader.describe,
                    reason: cause instanceof Error ? cause.message : String(cause),
                });
                return;
            }
        }
    };
    const refresh = () => {
        inFlight ??= attempt().finally(() => {
            inFlight = undefined;
        });
        return inFlight;
    };
    const interval = () => loaded ? loader.recheckMs(ttlMs) : Math.min(loader.recheckMs(ttlMs), RETRY_WITHOUT_MANIFEST_MS);
    return {
        ready: () => (loaded && now() - lastAttempt < interval() ? loaded : undefined),
        async current() {
            if (now() - lastAttempt >= interval()) {
                const running = refresh();
                if (!loaded || loader.waitForRecheck)
                    await running;
            }
            else if (!loaded && inFlight) {
                await inFlight;
            }
            return loaded;
        },
        settled: () => Promise.all([inFlight, finishing]).then(() => undefined),
        loadedNow: () => loaded,
        lastError: () => error,
    };
}
function keepMessage(hasManifest) {
    return hasManifest
        ? 'The manifest could not be refreshed; the last good one keeps serving.'
        : 'The manifest could not be loaded; update checks fail until it loads.';
}

;// CONCATENATED MODULE: ./src/responder/stats.ts
// `POST /stats`: the plugin reports installs and failures, one event or (8.42+) a batch. Any 2xx
// counts as delivered and other 4xx drop the batch, so only an unreadable body is refused.




function answerStats(body, log) {
    const parsed = parseJsonBody(body, STATS_BODY_LIMIT, true);
    if (!parsed.ok)
        return http_jsonResponse(400, parsed.reply);
    const events = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    const shown = events.slice(0, STATS_EVENTS_LOGGED).filter(isJsonObject);
    for (const event of shown)
        log.event('stats', statsFields(event));
    if (events.length > STATS_EVENTS_LOGGED) {
        log.event('stats_truncated', { received: events.length, logged: STATS_EVENTS_LOGGED });
    }
    return http_jsonResponse(200, { status: 'ok' });
}
function statsFields(event) {
    return {
        action: logged(ownValue(event, 'action')),
        version_name: logged(ownValue(event, 'version_name')),
        old_version_name: logged(ownValue(event, 'old_version_name')),
        app_id: logged(ownValue(event, 'app_id')),
        platform: logged(ownValue(event, 'platform')),
        version_build: logged(ownValue(event, 'version_build')),
    };
}

;// CONCATENATED MODULE: ./src/responder/device.ts
function readDevice(body) {
    const sent = body;
    return {
        appId: device_text(sent.app_id),
        deviceId: device_text(sent.device_id),
        platform: device_text(sent.platform),
        versionName: device_text(sent.version_name),
        versionBuild: device_text(sent.version_build),
        pluginVersion: device_text(sent.plugin_version) || undefined,
        isEmulator: sent.is_emulator === true,
        isDevBuild: sent.is_prod === false,
        defaultChannel: device_text(sent.defaultChannel),
        keyId: device_text(sent.key_id) || undefined,
    };
}
/** A sent string, or `""` for anything else. */
function device_text(value) {
    return typeof value === 'string' ? value : '';
}

;// CONCATENATED MODULE: ./src/responder/update-check.ts
// `POST /updates`: one update check in, one reply of the plugin's protocol out, one log line.







function answerUpdateCheck(body, manifest, log) {
    const parsed = parseDeviceBody(body, CHECK_BODY_LIMIT);
    if (!parsed.ok) {
        log.event('update_check', { decision: 'invalid', code: parsed.reply.error });
        return http_jsonResponse(400, parsed.reply);
    }
    const device = readDevice(parsed.value);
    const outcome = manifest
        ? decide(manifest, device)
        : { kind: 'failed', code: 'no_channel', message: 'The responder has no manifest loaded yet.' };
    logCheck(log, device, outcome);
    switch (outcome.kind) {
        case 'download':
            return jsonTextResponse(200, outcome.bundle.replyText);
        case 'up_to_date':
            return jsonTextResponse(200, UP_TO_DATE_TEXT);
        case 'builtin':
            return jsonTextResponse(200, BUILTIN_TEXT);
        default:
            return http_jsonResponse(200, replyFor(outcome));
    }
}
// The replies that never vary, serialised once.
const UP_TO_DATE_TEXT = JSON.stringify(UP_TO_DATE);
const BUILTIN_TEXT = JSON.stringify(BUILTIN_REPLY);
function replyFor(outcome) {
    switch (outcome.kind) {
        case 'builtin':
            return BUILTIN_REPLY;
        case 'up_to_date':
            return UP_TO_DATE;
        case 'blocked':
            return { error: outcome.code, message: outcome.message, kind: 'blocked' };
        case 'failed':
            return replies_failed(outcome.code, outcome.message);
    }
}
const CHECK_LINE = lineShape('update_check', [
    'app_id',
    'platform',
    'channel',
    'from',
    'native',
    'to',
    'decision',
    'code',
    'plugin_version',
]);
function logCheck(log, device, outcome) {
    log.line(CHECK_LINE, [
        logged(device.appId),
        logged(device.platform),
        outcome.channel,
        logged(device.versionName),
        logged(device.versionBuild),
        update_check_targetOf(outcome),
        outcome.kind,
        'code' in outcome ? outcome.code : undefined,
        logged(device.pluginVersion),
    ]);
}
function update_check_targetOf(outcome) {
    if (outcome.kind === 'download')
        return outcome.bundle.version;
    if (outcome.kind === 'builtin')
        return 'builtin';
    return outcome.target;
}

;// CONCATENATED MODULE: ./src/responder/responder.ts












function createResponderCore(options, hooks = {}) {
    checkOptions(options);
    const now = hooks.now ?? Date.now;
    const log = createEventLog(options.log ?? consoleSink);
    const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const ttlMs = (options.ttlSeconds ?? DEFAULT_TTL_SECONDS) * 1000;
    const compile = (read) => compileRead(read, { publicUrl: options.publicUrl, canProxy: !!options.githubToken });
    const source = createManifestSource(manifestLoader(options, hooks, fetchFn), ttlMs, compile, log, now);
    const answerBundle = createBundleProxy({
        githubToken: options.githubToken,
        githubApiUrl: options.githubApiUrl ?? DEFAULT_GITHUB_API_URL,
        fetch: fetchFn,
        now,
    }, log);
    const answerFrom = (request, matched, manifest) => {
        switch (matched.name) {
            case 'updates':
                return answerUpdateCheck(request.body, manifest, log);
            case 'channel_self':
                return answerChannel(request, manifest, log);
            case 'health':
                return answerHealth(source, now);
            case 'bundle':
                return answerBundle(matched.version, manifest);
            default:
                return notFound();
        }
    };
    // Synchronous whenever the manifest is at hand, which is nearly always: each await would cost
    // an update check a trip through the microtask queue.
    const route = (request) => {
        const matched = matchRoute(request.method, request.path);
        if (matched.name === 'not_found')
            return notFound();
        // Stats need no manifest, so they never wait for one to load.
        if (matched.name === 'stats')
            return answerStats(request.body, log);
        const ready = source.ready();
        if (ready)
            return answerFrom(request, matched, ready.compiled);
        return source.current().then((loaded) => answerFrom(request, matched, loaded?.compiled));
    };
    const answer = (request) => {
        try {
            const answered = route(request);
            if (!(answered instanceof Promise))
                return answered;
            return answered.catch((cause) => unexpected(cause, log));
        }
        catch (cause) {
            return unexpected(cause, log);
        }
    };
    return {
        handle: (request) => Promise.resolve(answer(request)),
        answer,
        bodyLimit: bodyLimitFor,
        bodyTimeoutMs: bodyTimeoutFor,
        settled: () => source.settled(),
        warmUp: () => source.current().then(() => undefined),
    };
}
function notFound() {
    return http_jsonResponse(404, { error: 'not_found', message: 'No such route.' });
}
function manifestLoader(options, hooks, fetchFn) {
    if (options.manifestUrl)
        return createUrlLoader(options.manifestUrl, options.manifestToken, fetchFn);
    if (!hooks.fileLoader) {
        throw new Error('MANIFEST_FILE needs a file system, which this platform lacks: set MANIFEST_URL instead.');
    }
    return hooks.fileLoader(options.manifestFile ?? '');
}
function answerChannel(request, manifest, log) {
    switch (request.method.toUpperCase()) {
        case 'POST':
            return setChannel(request.body, manifest, log);
        case 'PUT':
            return getChannel(request.body, manifest);
        case 'GET':
            return listChannels(request.query, manifest);
        default:
            return unsetChannel();
    }
}
function answerHealth(source, now) {
    const loaded = source.loadedNow();
    if (!loaded) {
        return http_jsonResponse(503, {
            status: 'no_manifest',
            message: 'No manifest has loaded yet; the responder log says why.',
        });
    }
    const { compiled } = loaded;
    return http_jsonResponse(200, {
        status: 'ok',
        app_id: compiled.appId,
        bundles: compiled.bundles.size,
        channels: compiled.channels.size,
        manifest_age_seconds: Math.round((now() - loaded.confirmedAt) / 1000),
        ...(compiled.updatedAt ? { manifest_updated_at: compiled.updatedAt } : {}),
        refresh_failing: source.lastError() !== undefined,
    });
}
// A bug must not become a 5xx: plugins retry those at once, multiplying load. The device gets a
// refusal it understands and the log gets the reason (never the stack, which may quote data).
function unexpected(cause, log) {
    log.warn('Unexpected error while answering a request.', {
        reason: cause instanceof Error ? cause.message : String(cause),
    });
    return http_jsonResponse(200, replies_failed('server_error', 'The responder could not answer this request.'));
}
/**
 * The reply while the configuration cannot work. Devices get a refusal they understand instead
 * of a platform error page; the operator finds the reason in the log.
 */
function misconfiguredResponse(cause, log) {
    log.warn('The responder is misconfigured.', {
        reason: cause instanceof Error ? cause.message : String(cause),
    });
    return jsonResponse(200, failed('misconfigured_responder', 'The update server is misconfigured; its log says why.'));
}

;// CONCATENATED MODULE: ./src/responder/platforms/file-loader.ts
// Reads the manifest from a file (Node server, Lambda with the manifest bundled). The file is
// looked at again at most once a second, and re-read only when its size, time or inode changed,
// which also catches editors that replace the file instead of writing it. A local stat is cheap,
// so the check that triggers it waits for it: an edit applies from the next request on. The reads
// are synchronous: parsing the text blocks the event loop longer than reading it would, and a
// chain of thread-pool round trips would hold up the first answer after start-up.


const RECHECK_MS = 1000;
function createFileLoader(file) {
    const absolute = external_node_path_default().resolve(file);
    return {
        describe: absolute,
        recheckMs: (ttlMs) => Math.min(ttlMs, RECHECK_MS),
        waitForRecheck: true,
        async load(tag) {
            const stamp = fileStamp(absolute);
            if (tag === stamp)
                return { changed: false };
            return { changed: true, text: readText(absolute), tag: stamp };
        },
    };
}
function fileStamp(file) {
    try {
        const info = (0,external_node_fs_.statSync)(file);
        return `${info.ino}:${info.size}:${info.mtimeMs}`;
    }
    catch (cause) {
        throw new Error(`MANIFEST_FILE ${file} cannot be read: ${codeOf(cause)}.`);
    }
}
function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (cause) {
        throw new Error(`Reading MANIFEST_FILE ${file} failed: ${codeOf(cause)}.`);
    }
}
function codeOf(cause) {
    const code = cause?.code;
    return typeof code === 'string' ? code : cause instanceof Error ? cause.message : String(cause);
}

;// CONCATENATED MODULE: ./src/responder/platforms/node-responder.ts
// The responder for Node hosts (server, Lambda): the core plus manifest files on disk.


function createResponder(options) {
    return createResponderCore(options, { fileLoader: createFileLoader });
}

;// CONCATENATED MODULE: ./src/responder/platforms/node-server.ts
// The responder as a plain Node HTTP server. Bodies are read here with the route's size limit
// and time limit, so a huge or slow request costs at most those, and is answered with the same
// JSON refusal as on every other platform.







/** Waiting for headers beyond this is a stalled or hostile client. */
const HEADERS_TIMEOUT_MS = 10_000;
/** In-flight requests get this long to finish on shutdown. */
const SHUTDOWN_GRACE_MS = 10_000;
async function startServer(options, tuning = {}) {
    const responder = createResponder({ ...options, log: options.log ?? stdoutSink() });
    const server = (0,external_node_http_namespaceObject.createServer)(requestListener(responder, tuning));
    server.headersTimeout = HEADERS_TIMEOUT_MS;
    server.requestTimeout = 0;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        // The port opens before the manifest loads: devices that connect meanwhile wait in the
        // kernel's queue and are answered as soon as it has loaded, instead of being refused.
        server.listen(options.port, options.host, () => {
            void responder.warmUp();
            resolve();
        });
    });
    const url = addressUrl(server.address());
    return { server, url, close: () => closeGracefully(server) };
}
function requestListener(responder, tuning = {}) {
    const deadlines = createDeadlines(tuning.bodyTimeoutMs ?? CHECK_BODY_TIMEOUT_MS);
    return (req, res) => {
        const method = req.method ?? 'GET';
        const path = pathOf(req.url ?? '/');
        if (method === 'GET' || method === 'HEAD') {
            answer(responder, req, res, method, path, NO_BODY);
            return;
        }
        const limit = responder.bodyLimit(method, path);
        if (declaredLength(req.rawHeaders) > limit) {
            sendOrDestroy(res, tooLarge(limit), true);
            return;
        }
        const timeoutMs = tuning.bodyTimeoutMs ?? responder.bodyTimeoutMs(method, path);
        readBody(req, limit, timeoutMs, deadlines, (body) => {
            if (body instanceof Uint8Array)
                answer(responder, req, res, method, path, body);
            else
                sendOrDestroy(res, body, true);
        });
    };
}
const NO_BODY = new Uint8Array();
function answer(responder, req, res, method, path, body) {
    const request = new NodeRequest(req, method, path, body);
    if (!responder.answer) {
        responder.handle(request).then((response) => sendOrDestroy(res, response, false), () => res.destroy());
        return;
    }
    const response = responder.answer(request);
    if (!(response instanceof Promise))
        sendOrDestroy(res, response, false);
    else {
        response.then((late) => sendOrDestroy(res, late, false), () => res.destroy());
    }
}
/** The neutral request; headers and query are copied only when a route reads them. */
class NodeRequest {
    req;
    method;
    path;
    body;
    copiedQuery;
    copiedHeaders;
    constructor(req, method, path, body) {
        this.req = req;
        this.method = method;
        this.path = path;
        this.body = body;
    }
    get query() {
        return (this.copiedQuery ??= queryOf(this.req.url ?? '/'));
    }
    get headers() {
        return (this.copiedHeaders ??= headersOf(this.req));
    }
}
/**
 * The declared Content-Length, read from the raw header list: `req.headers` is built on first
 * use, and only this header is needed before reading. A missing or malformed one counts as 0
 * (the body is then limited as it arrives).
 */
function declaredLength(raw) {
    for (let i = 0; i < raw.length; i += 2) {
        const name = raw[i];
        if (name.length === 14 && name.toLowerCase() === 'content-length') {
            const declared = Number(raw[i + 1]);
            return Number.isFinite(declared) ? declared : 0;
        }
    }
    return 0;
}
/** Calls `done` with the body, or with the refusal when it is too large, too slow or cut off. */
function readBody(req, limit, timeoutMs, deadlines, done) {
    const chunks = [];
    let size = 0;
    let finished = false;
    const finish = (body) => {
        if (finished)
            return;
        finished = true;
        deadlines.remove(waiting);
        if (!(body instanceof Uint8Array)) {
            // Whatever else arrives is read and dropped; the connection closes after the answer.
            req.removeAllListeners('data');
            req.resume();
        }
        done(body);
    };
    const waiting = deadlines.add(timeoutMs, () => finish(tooSlow(timeoutMs)));
    req.on('data', (chunk) => {
        size += chunk.length;
        if (size > limit)
            finish(tooLarge(limit));
        else
            chunks.push(chunk);
    });
    req.on('end', () => finish(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', () => finish(refusal('invalid_json', 'The request body was cut off.')));
}
function tooLarge(limit) {
    return refusal('body_too_large', `The request body is over the ${limit}-byte limit.`);
}
function tooSlow(timeoutMs) {
    return refusal('invalid_json', `The request body did not arrive within ${timeoutMs / 1000} s.`);
}
function refusal(error, message) {
    return http_jsonResponse(400, replies_failed(error, message));
}
// A refused body may still be arriving: the connection is closed after the answer so that the
// rest is never read.
function send(res, response, closeAfter) {
    if (res.headersSent || res.destroyed)
        return;
    // A flat name, value list: copying the headers into a new object and adding a field to it
    // made V8 build a new hidden class for every response.
    const headers = [];
    for (const name in response.headers)
        headers.push(name, response.headers[name]);
    headers.push('content-length', String(Buffer.byteLength(response.body)));
    if (closeAfter)
        headers.push('connection', 'close');
    res.writeHead(response.status, headers);
    res.end(response.body);
    if (closeAfter)
        res.once('finish', () => res.req.socket?.destroySoon?.());
}
// An answer that cannot be sent ends the connection rather than the server.
function sendOrDestroy(res, response, closeAfter) {
    try {
        send(res, response, closeAfter);
    }
    catch {
        res.destroy();
    }
}
function pathOf(target) {
    const index = target.indexOf('?');
    const rawPath = index === -1 ? target : target.slice(0, index);
    // Origin-form targets start with `/`; proxies may send the absolute form.
    if (rawPath.startsWith('/'))
        return rawPath;
    return /^https?:\/\//i.test(rawPath) ? safePathname(rawPath) : rawPath;
}
function queryOf(target) {
    const index = target.indexOf('?');
    if (index === -1)
        return {};
    return Object.fromEntries(new URLSearchParams(target.slice(index + 1)));
}
function safePathname(absolute) {
    try {
        return new URL(absolute).pathname;
    }
    catch {
        return '/';
    }
}
function headersOf(req) {
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined)
            headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return headers;
}
function addressUrl(address) {
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}`;
}
function closeGracefully(server) {
    return new Promise((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        force.unref();
        server.close(() => {
            clearTimeout(force);
            resolve();
        });
        server.closeIdleConnections();
    });
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(7593);
;// CONCATENATED MODULE: ./src/cli/file-server.ts
// `serve --files <dir>`: the folder's files over plain http, standing in for GitHub's release
// downloads when bundles are tried on this machine. Read-only, and nothing outside the folder.



async function startFileServer(dir, port, host) {
    // Links inside the folder may point anywhere: every file is checked against the folder's
    // real path after its own links are resolved.
    const root = (0,external_node_fs_.realpathSync)(external_node_path_default().resolve(dir));
    const server = (0,external_node_http_namespaceObject.createServer)((req, res) => {
        const file = fileFor(root, req.url ?? '/');
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !file) {
            res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
            return;
        }
        res.writeHead(200, {
            'content-type': file.name.endsWith('.zip') ? 'application/zip' : 'application/octet-stream',
            'content-length': file.size,
        });
        if (req.method === 'HEAD')
            res.end();
        else
            (0,external_node_fs_.createReadStream)(file.name).pipe(res);
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
    });
    return { url: file_server_addressUrl(server), close: () => closeServer(server) };
}
function fileFor(root, target) {
    let relative;
    try {
        relative = decodeURIComponent(target.split('?')[0] ?? '');
    }
    catch {
        return undefined;
    }
    // Joined by hand: the bundler rewrites path.resolve calls that look like asset paths.
    const segments = relative.split('/').filter(Boolean);
    if (segments.length === 0 || segments.some((s) => s === '.' || s === '..' || s.includes('\\'))) {
        return undefined;
    }
    try {
        const name = (0,external_node_fs_.realpathSync)([root, ...segments].join((external_node_path_default()).sep));
        if (!isInside(root, name))
            return undefined;
        const stat = (0,external_node_fs_.statSync)(name);
        return stat.isFile() ? { name, size: stat.size } : undefined;
    }
    catch {
        return undefined;
    }
}
function isInside(root, name) {
    return name.startsWith(root.endsWith((external_node_path_default()).sep) ? root : `${root}${(external_node_path_default()).sep}`);
}
function file_server_addressUrl(server) {
    const address = server.address();
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}`;
}
function closeServer(server) {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
}

;// CONCATENATED MODULE: ./src/cli/held-log.ts
function holdLog(target) {
    let held = [];
    return {
        sink: (line) => {
            if (held)
                held.push(line);
            else
                target(line);
        },
        release: () => {
            const lines = held ?? [];
            held = undefined;
            for (const line of lines)
                target(line);
        },
    };
}

// EXTERNAL MODULE: ./src/cli/local-manifest.ts
var local_manifest = __nccwpck_require__(7327);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __nccwpck_require__(6657);
;// CONCATENATED MODULE: ./src/cli/serve.ts
// `serve`: the responder's Node server on a manifest file or URL, for trying an app against a
// manifest on this machine. It runs until Ctrl-C.











/** Local use: reachable from this machine only unless --host says otherwise. */
const DEFAULT_HOST = '127.0.0.1';
const serveCommand = {
    name: 'serve',
    summary: 'Run the responder on a manifest file or URL',
    description: 'Answers update checks, stats and channel requests from the manifest, as the deployed ' +
        'responder does. The other responder settings (MANIFEST_TOKEN, MANIFEST_TTL_SECONDS, ' +
        'GITHUB_TOKEN, PUBLIC_URL) are read from the environment. Stops on Ctrl-C.',
    positionals: [],
    options: {
        manifest: {
            type: 'string',
            value: 'file|url',
            help: 'The manifest (default env MANIFEST_FILE or MANIFEST_URL).',
        },
        port: {
            type: 'string',
            value: 'n',
            help: 'Port (default env PORT, else 8080; 0 picks a free one).',
        },
        host: {
            type: 'string',
            value: 'addr',
            help: `Address to listen on (default env HOST, else ${DEFAULT_HOST}).`,
        },
        files: {
            type: 'string',
            value: 'dir',
            help: "Also serve this folder's files over http, standing in for release downloads.",
        },
        'files-port': {
            type: 'string',
            value: 'n',
            help: `Port for --files (default ${local_manifest/* LOCAL_FILES_PORT */.Ec}, where bundle --manifest-out points).`,
        },
        ...cli_args/* JSON_OPTION */.rj,
    },
    run: runServe,
};
async function runServe(args) {
    try {
        const options = serverOptions(args);
        const files = filesOption(args);
        const host = options.host ?? DEFAULT_HOST;
        const log = holdLog(options.log ?? stdoutSink());
        const running = await serve_listening('port', options.port, host, () => startServer({ ...options, log: log.sink }));
        const fileServer = files &&
            (await serve_listening('files-port', files.port, host, () => startFileServer(files.dir, files.port, host)).catch(async (error) => {
                log.release();
                await running.close();
                throw error;
            }));
        if (args.json) {
            const filesUrl = fileServer?.url;
            // One line: the responder's own JSON log lines follow on stdout.
            (0,output/* out */.FD)(JSON.stringify({
                url: running.url,
                update_url: `${running.url}/updates`,
                files_url: filesUrl,
            }));
        }
        else {
            printListening(running.url, fileServer ? `${fileServer.url}/ serves ${files.dir}` : '');
        }
        log.release();
        await stopSignal();
        await Promise.all([running.close(), fileServer?.close()]);
        return 0;
    }
    catch (error) {
        (0,output/* reportError */.N7)(error, args.debug);
        return (0,output/* exitCodeOf */.FO)(error);
    }
}
/** Starts a server, turning the usual refusals to listen into what to change. */
async function serve_listening(flag, port, host, start) {
    try {
        return await start();
    }
    catch (error) {
        const code = error.code;
        const where = `port ${port ?? 'default'} on ${host}`;
        if (code === 'EADDRINUSE') {
            throw new errors/* UserError */.y(`--${flag}: ${where} is already in use by another program. Pass --${flag} with ` +
                'another number (0 picks a free one), or stop the other program.');
        }
        if (code === 'EACCES') {
            throw new errors/* UserError */.y(`--${flag}: ${where} needs privileges this user lacks (ports below 1024 usually do). ` +
                `Pass --${flag} 1024 or above.`);
        }
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
            throw new errors/* UserError */.y(`--host: ${host} is not an address of this machine. Pass --host 127.0.0.1 (this ` +
                'machine only) or an address of one of its interfaces.');
        }
        throw error;
    }
}
function filesOption(args) {
    const dir = (0,cli_args/* text */.Qq)(args.values, 'files');
    if (!dir)
        return undefined;
    if (!(0,external_node_fs_.existsSync)(dir))
        throw new errors/* UserError */.y(`--files: ${dir} does not exist.`);
    return {
        dir,
        port: portNumber('files-port', (0,cli_args/* text */.Qq)(args.values, 'files-port')) ?? local_manifest/* LOCAL_FILES_PORT */.Ec,
    };
}
function portNumber(flag, raw) {
    if (!raw)
        return undefined;
    if (/^\d+$/.test(raw) && Number(raw) <= 65_535)
        return Number(raw);
    throw new cli_args/* UsageError */.eb(`--${flag}: ${JSON.stringify(raw)} is not a port number from 0 to 65535.`);
}
function serverOptions(args) {
    const manifest = (0,cli_args/* text */.Qq)(args.values, 'manifest');
    const port = portNumber('port', (0,cli_args/* text */.Qq)(args.values, 'port'));
    const fromEnv = optionsFromEnv({
        ...process.env,
        HOST: (0,cli_args/* text */.Qq)(args.values, 'host') || process.env.HOST || DEFAULT_HOST,
        PORT: port === undefined ? process.env.PORT : String(port),
    });
    if (!manifest) {
        if (fromEnv.manifestFile || fromEnv.manifestUrl)
            return fromEnv;
        throw new cli_args/* UsageError */.eb('--manifest: missing. Pass the manifest file, or its raw URL ' +
            '(the `manifest-url` output of publish).');
    }
    const { manifestFile: _file, manifestUrl: _url, ...rest } = fromEnv;
    if (/^https?:\/\//i.test(manifest))
        return { ...rest, manifestUrl: manifest };
    if (!(0,external_node_fs_.existsSync)(manifest)) {
        throw new errors/* UserError */.y(`--manifest: ${manifest} does not exist. Pass a manifest file or an http(s) URL.`);
    }
    return { ...rest, manifestFile: external_node_path_default().resolve(manifest) };
}
// One write, so a script reading the first line gets the whole block together.
function printListening(url, files) {
    (0,output/* out */.FD)([
        `Responder listening on ${url}`,
        ...(files ? [`Files: ${files}`] : []),
        'Point the app at it in capacitor.config (plugins.CapacitorUpdater):',
        `  updateUrl   ${url}/updates`,
        `  statsUrl    ${url}/stats`,
        `  channelUrl  ${url}/channel_self`,
        `Try it: live-update-release check ${url}/updates`,
    ].join('\n'));
}
function stopSignal() {
    return new Promise((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
    });
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
// Errors a user can act on. Their messages are shown as they are, so each one says what was
// wrong, with which value, and what to do about it. Never put a secret's value in one.
/** A problem the user fixes by changing their setup; the run stops without a stack trace. */
class UserError extends Error {
    name = 'UserError';
}
/** A refused input: the message names the input, the value and the fix. */
class InputError extends UserError {
    input;
    name = 'InputError';
    constructor(input, message) {
        super(`Input \`${input}\`: ${message}`);
        this.input = input;
    }
}


/***/ }),

/***/ 9251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e2: () => (/* binding */ findPublished),
  kA: () => (/* binding */ promoteChannel),
  WY: () => (/* reexport */ pruneBundles),
  G2: () => (/* binding */ recordBundle),
  aD: () => (/* reexport */ resolveRollbackTarget),
  st: () => (/* reexport */ rollbackChannel),
  qe: () => (/* reexport */ rolledBackFrom),
  oJ: () => (/* binding */ setRollout)
});

// UNUSED EXPORTS: MAX_HISTORY, VersionConflictError

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/manifest/entry-checks.ts + 1 modules
var entry_checks = __nccwpck_require__(4319);
// EXTERNAL MODULE: ./src/manifest/parse.ts + 2 modules
var parse = __nccwpck_require__(4881);
;// CONCATENATED MODULE: ./src/manifest/edit-support.ts
// Pieces every manifest edit shares: copying instead of mutating, finding a channel with an error
// that lists the real ones, checking a rollout percent, and appending to a channel's history.



/**
 * Moves older than this are dropped from a channel's history, which keeps the manifest small.
 * The rollback walk and the rolled-back-from set only need recent moves: a version rolled back
 * from that long ago is far below anything a channel serves.
 */
const MAX_HISTORY = 100;
/** A deep copy with prototype-free records, so edits never touch their input. */
function cloneManifest(m) {
    const copy = JSON.parse(JSON.stringify(m));
    return { ...copy, bundles: (0,parse/* toRecord */.Lv)(copy.bundles), channels: (0,parse/* toRecord */.Lv)(copy.channels) };
}
/** The channel, if present; refuses one broken by hand, which no edit should build on. */
function findChannel(m, name) {
    if (!Object.hasOwn(m.channels, name))
        return undefined;
    const channel = m.channels[name];
    const problem = (0,entry_checks/* channelShapeProblem */.Ss)(channel);
    if (problem) {
        throw new errors/* UserError */.y(`channel \`${name}\` in the manifest is malformed (${problem}); fix it by hand first.`);
    }
    return channel;
}
function requireChannel(m, name, input) {
    const channel = findChannel(m, name);
    if (channel)
        return channel;
    const names = Object.keys(m.channels).sort();
    const known = names.length > 0
        ? `channels in the manifest: ${names.join(', ')}`
        : 'the manifest has no channels yet: publish a bundle first';
    throw new errors/* InputError */.d(input, `channel \`${name}\` does not exist; ${known}.`);
}
/** The version a channel serves, refusing a channel that serves nothing yet. */
function requireServed(channel, name, input) {
    if (channel.version !== undefined)
        return channel.version;
    throw new errors/* InputError */.d(input, `channel \`${name}\` serves nothing yet; publish a bundle to it first.`);
}
function checkRollout(percent, input = 'rollout') {
    if (Number.isInteger(percent) && percent >= 0 && percent <= 100)
        return percent;
    throw new errors/* InputError */.d(input, `\`${percent}\` is not a percent: use a whole number from 0 to 100, e.g. 25.`);
}
function hasBundle(m, version) {
    return Object.hasOwn(m.bundles, version);
}
function appendMove(channel, action, from, ctx) {
    const move = {
        action,
        version: channel.version,
        rollout: channel.rollout,
        at: ctx.at,
    };
    if (from !== undefined)
        move.from = from;
    if (ctx.run_id !== undefined)
        move.run_id = ctx.run_id;
    if (ctx.run_url !== undefined)
        move.run_url = ctx.run_url;
    channel.history = [...channel.history, move].slice(-MAX_HISTORY);
}
/** Points a channel at a new version, keeping what it served as `previous` for partial rollouts. */
function moveChannel(channel, version, rollout) {
    if (channel.version !== undefined && channel.version !== version)
        channel.previous = channel.version;
    channel.version = version;
    channel.rollout = rollout;
}
function unchanged(m, channel, summary) {
    const served = channel?.version;
    return { manifest: m, changed: false, channelBefore: served, channelAfter: served, summary };
}
function changed(m, before, after, summary, ctx) {
    if (ctx)
        m.updated_at = ctx.at;
    return { manifest: m, changed: true, channelBefore: before, channelAfter: after, summary };
}
function describe(version) {
    return version ?? 'nothing';
}

// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __nccwpck_require__(6629);
// EXTERNAL MODULE: ./src/manifest/semver.ts
var semver = __nccwpck_require__(3425);
// EXTERNAL MODULE: ./src/manifest/types.ts
var types = __nccwpck_require__(2628);
// EXTERNAL MODULE: ./src/manifest/versions.ts
var versions = __nccwpck_require__(7064);
;// CONCATENATED MODULE: ./src/manifest/history.ts
// What a channel's history says about the versions it served.


/**
 * Versions the channel was rolled back from and has not served again since. Devices still on
 * one of them may be sent back down to the channel's version, and a rollback walk never lands
 * on one. Serving a version again (a promote, a publish or a rollback to it) clears it.
 */
function rolledBackFrom(channel) {
    const versions = new Set();
    for (const move of channel.history) {
        versions.delete(move.version);
        if (move.action === 'rollback' && move.from !== undefined && move.from !== move.version) {
            versions.add(move.from);
        }
    }
    return versions;
}
/**
 * Where a rollback could go, best first: the versions the channel served, most recently served
 * first, that rank below what it serves now and that it was not rolled back from. Ranking below
 * matters after an explicit rollback past several versions: going "back" again must not land
 * on one of the newer versions that was skipped.
 */
function rollbackCandidates(channel) {
    const current = channel.version;
    const excluded = rolledBackFrom(channel);
    const below = (version) => current === undefined || (0,versions/* compareVersions */.Zy)(version, current) < 0;
    return servedNewestFirst(channel).filter((version) => !excluded.has(version) && below(version));
}
/** The versions a channel served, newest first, each once (its current version first). */
function servedNewestFirst(channel) {
    const served = new Set();
    if (channel.version !== undefined)
        served.add(channel.version);
    for (const move of [...channel.history].reverse()) {
        served.add(move.version);
        if (move.from !== undefined)
            served.add(move.from);
    }
    return [...served];
}
/** Every version named anywhere in the channel, `builtin` left out. */
function versionsNamedBy(channel) {
    const named = new Set(servedNewestFirst(channel));
    if (channel.previous !== undefined)
        named.add(channel.previous);
    named.delete(types/* BUILTIN */.s);
    return named;
}

;// CONCATENATED MODULE: ./src/manifest/prune.ts
// Dropping old bundles from the manifest so it stays small. Only manifest entries go: the
// releases and their assets stay on GitHub, and devices already holding a bundle keep it.




/**
 * Keeps, per channel, `keep` bundles of its history: what it serves now and the next rollback
 * targets in the order a rollback would take them (so `keep: 2` always leaves one rollback), plus
 * its `previous`. Bundles no channel ever served are candidates for a promote: the `keep` highest
 * of them stay. Everything else is removed from `bundles`; channel histories stay as they are.
 */
function pruneBundles(m, keep, ctx) {
    if (!Number.isInteger(keep) || keep < 1) {
        throw new errors/* InputError */.d('keep', `\`${keep}\` is not a bundle count: use a whole number of at least 1, e.g. 5.`);
    }
    const kept = keptByChannels(m, keep);
    for (const version of neverServed(m, kept.served).slice(0, keep))
        kept.versions.add(version);
    const removed = Object.keys(m.bundles)
        .filter((version) => !kept.versions.has(version))
        .sort(byPrecedence);
    if (removed.length === 0) {
        return {
            ...unchanged(m, undefined, `nothing to prune: every bundle is among the ${keep} kept per channel.`),
            removed,
        };
    }
    const next = cloneManifest(m);
    for (const version of removed)
        delete next.bundles[version];
    const summary = `pruned ${removed.length} bundle(s) from the manifest: ${removed.join(', ')} ` +
        '(their releases stay).';
    return { ...changed(next, undefined, undefined, summary, ctx), removed };
}
function keptByChannels(m, keep) {
    const versions = new Set();
    const served = new Set();
    for (const name of Object.keys(m.channels)) {
        const channel = findChannel(m, name);
        for (const pointer of [channel.version, channel.previous]) {
            if (pointer !== undefined)
                versions.add(pointer);
        }
        const servesBundle = channel.version !== undefined && hasBundle(m, channel.version);
        const targets = rollbackCandidates(channel).filter((version) => hasBundle(m, version));
        for (const version of targets.slice(0, keep - Number(servesBundle)))
            versions.add(version);
        for (const version of versionsNamedBy(channel))
            served.add(version);
    }
    return { versions, served };
}
/** Bundles that no channel has served, highest first. */
function neverServed(m, served) {
    return Object.keys(m.bundles)
        .filter((version) => !served.has(version))
        .sort((a, b) => byPrecedence(b, a));
}
// Broken keys (kept from a hand edit) sort below every version.
function byPrecedence(a, b) {
    const va = (0,semver/* parseSemVer */.IX)(a);
    const vb = (0,semver/* parseSemVer */.IX)(b);
    if (va && vb)
        return (0,semver/* compareSemVer */.Cg)(va, vb);
    if (va || vb)
        return va ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/manifest/rollback.ts
// Taking a channel back. The target is worked out once per run and then applied as a fixed
// version, so a run that re-applies its edit after a write conflict, or is re-run as a whole,
// never steps back twice.




/**
 * The last version the channel served, below what it serves now, that it was not itself rolled
 * back from. `builtin` counts when the channel served it; a channel's first version has nothing
 * before it.
 */
function resolveRollbackTarget(m, channel, runId) {
    const current = requireChannel(m, channel, 'channel');
    const ownMove = current.history.find((move) => move.action === 'rollback' && runId !== undefined && move.run_id === runId);
    if (ownMove)
        return { target: ownMove.version, alreadyDone: true };
    const skipped = [];
    for (const version of rollbackCandidates(current)) {
        if (version === types/* BUILTIN */.s || hasBundle(m, version)) {
            return skipped.length > 0
                ? { target: version, alreadyDone: false, skipped }
                : { target: version, alreadyDone: false };
        }
        skipped.push(version);
    }
    return skipped.length > 0 ? { alreadyDone: false, skipped } : { alreadyDone: false };
}
/**
 * Points the channel at `target` for every device: rollout 100, and no `previous`, because the
 * only candidate for it would be the version just rolled back from. The history entry marks
 * what the channel served as rolled back from.
 */
function rollbackChannel(m, channel, target, ctx) {
    const existing = requireChannel(m, channel, 'channel');
    if (target !== types/* BUILTIN */.s && !hasBundle(m, target)) {
        const known = Object.keys(m.bundles).join(', ') || 'none';
        throw new errors/* InputError */.d('version', `\`${target}\` is not in the manifest (bundles: ${known}); ` +
            'roll back to one of those, or to builtin.');
    }
    const before = existing.version;
    if (before === target && existing.rollout === 100 && existing.previous === undefined) {
        return unchanged(m, existing, `channel \`${channel}\` already serves ${target} to every device; nothing to roll back.`);
    }
    const next = cloneManifest(m);
    const moved = next.channels[channel];
    moved.version = target;
    moved.rollout = 100;
    delete moved.previous;
    appendMove(moved, 'rollback', before, ctx);
    return changed(next, before, target, `rolled back \`${channel}\`: ${describe(before)} → ${target}.`, ctx);
}

;// CONCATENATED MODULE: ./src/manifest/edits.ts
// Pure edits of the manifest: publish, promote and rollout here, rollback and prune beside them.
// None mutates its input; each says whether anything changed, so applying one twice writes once,
// and each can be re-applied to a fresher manifest after a write conflict.












/** Devices cache bundles by version name, so one name must never carry two contents. */
class VersionConflictError extends errors/* UserError */.y {
    version;
    publishedSha256;
    newSha256;
    name = 'VersionConflictError';
    constructor(version, publishedSha256, newSha256) {
        super(`version ${version} is already published with other content ` +
            `(sha256 ${publishedSha256 || 'unknown'} in the manifest, ${newSha256} now). ` +
            'Devices keep bundles by version name and never download a name they already have, ' +
            `so new content needs a new version: bump it (e.g. ${suggestBump(version)}) ` +
            'and publish again.');
        this.version = version;
        this.publishedSha256 = publishedSha256;
        this.newSha256 = newSha256;
    }
}
function suggestBump(version) {
    const parsed = (0,semver/* parseSemVer */.IX)(version);
    if (!parsed)
        return '1.0.0';
    const last = parsed.prerelease.at(-1);
    if (typeof last === 'number') {
        return (0,semver/* formatSemVer */.w0)({ ...parsed, prerelease: [...parsed.prerelease.slice(0, -1), last + 1] });
    }
    return (0,semver/* formatSemVer */.w0)({ ...parsed, patch: parsed.patch + 1, prerelease: [] });
}
/**
 * The manifest's entry for `version` when it holds the same content (a re-run), undefined when
 * the version is new; throws VersionConflictError when it holds other content.
 */
function findPublished(m, version, sha256) {
    if (!hasBundle(m, version))
        return undefined;
    const existing = m.bundles[version];
    if (existing.sha256 !== sha256)
        throw new VersionConflictError(version, existing.sha256 ?? '', sha256);
    return existing;
}
/**
 * Publish: records the bundle, and moves the channel only when the version ranks above what it
 * serves (nothing and `builtin` rank lowest). Runs that race therefore leave the channel on the
 * highest version whichever commits last, and an old publish re-run never undoes a rollback.
 */
function recordBundle(m, entry, options) {
    const { channel: name, ctx } = options;
    (0,names/* assertChannelName */.Lz)(name);
    const rollout = checkRollout(options.rollout);
    const stored = withoutUndefined(entry);
    const problem = (0,entry_checks/* bundleProblem */.QN)(stored.version, stored);
    if (problem)
        throw new errors/* UserError */.y(`refusing to record bundle ${stored.version}: ${problem}.`);
    const existing = findChannel(m, name);
    if (findPublished(m, entry.version, entry.sha256)) {
        const where = existing?.version === entry.version
            ? `\`${name}\` serves it`
            : `\`${name}\` serves ${describe(existing?.version)}; use promote to serve it there`;
        return unchanged(m, existing, `${entry.version} is already published with this content; nothing changed (${where}).`);
    }
    const next = cloneManifest(m);
    next.bundles[entry.version] = stored;
    const channel = findChannel(next, name) ?? (0,parse/* newChannel */.OO)();
    next.channels[name] = channel;
    const before = channel.version;
    if ((0,versions/* compareVersions */.Zy)(entry.version, before ?? types/* BUILTIN */.s) <= 0) {
        const summary = `recorded ${entry.version}; channel \`${name}\` unchanged (serves ${before}); ` +
            `use promote to serve ${entry.version} there.`;
        return changed(next, before, before, summary, ctx);
    }
    moveChannel(channel, entry.version, rollout);
    appendMove(channel, 'publish', before, ctx);
    return changed(next, before, entry.version, `published ${entry.version} to \`${name}\`: ` +
        `${describe(before)} → ${entry.version}${atRollout(rollout)}.`, ctx);
}
/** A copy without optional fields set to undefined, which the schema would reject. */
function withoutUndefined(entry) {
    return JSON.parse(JSON.stringify(entry));
}
function atRollout(rollout) {
    return rollout === 100 ? '' : ` at ${rollout}%`;
}
/** Points `to` (created when missing) at what `from` serves now, for `rollout` % of devices. */
function promoteChannel(m, from, to, rollout, ctx) {
    (0,names/* assertChannelName */.Lz)(to);
    checkRollout(rollout);
    if (from === to) {
        throw new errors/* InputError */.d('from-channel', `\`${from}\` is also \`channel\`; name the channel to copy from (e.g. beta).`);
    }
    const version = requireServed(requireChannel(m, from, 'from-channel'), from, 'from-channel');
    if (version !== types/* BUILTIN */.s && !hasBundle(m, version)) {
        throw new errors/* UserError */.y(`channel \`${from}\` serves ${version}, which is not in the manifest's bundles; ` +
            'fix the manifest or promote another channel.');
    }
    const existing = findChannel(m, to);
    if (existing?.version === version && existing.rollout === rollout) {
        return unchanged(m, existing, `channel \`${to}\` already serves ${version}${atRollout(rollout)}; nothing to promote.`);
    }
    const next = cloneManifest(m);
    const channel = findChannel(next, to) ?? (0,parse/* newChannel */.OO)();
    next.channels[to] = channel;
    const before = channel.version;
    moveChannel(channel, version, rollout);
    appendMove(channel, 'promote', before, ctx);
    return changed(next, before, version, `promoted ${version} from \`${from}\` to \`${to}\`: ` +
        `${describe(before)} → ${version}${atRollout(rollout)}.`, ctx);
}
/** Changes the share of devices that get the channel's version; the rest get `previous`. */
function setRollout(m, channel, percent, ctx) {
    checkRollout(percent);
    const existing = requireChannel(m, channel, 'channel');
    const version = requireServed(existing, channel, 'channel');
    if (existing.rollout === percent) {
        return unchanged(m, existing, `channel \`${channel}\` already serves ${version} to ${percent}% of devices.`);
    }
    const next = cloneManifest(m);
    const moved = next.channels[channel];
    const before = moved.rollout;
    moved.rollout = percent;
    appendMove(moved, 'rollout', version, ctx);
    const others = percent === 100
        ? ''
        : moved.previous === undefined
            ? '; the others stay where they are'
            : `; the others get ${moved.previous}`;
    return changed(next, version, version, `rollout of \`${channel}\` (${version}): ${before}% → ${percent}%${others}.`, ctx);
}


/***/ }),

/***/ 4319:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  QN: () => (/* binding */ bundleProblem),
  Tk: () => (/* binding */ channelProblem),
  Ss: () => (/* binding */ channelShapeProblem),
  rc: () => (/* binding */ manifestSchema)
});

// UNUSED EXPORTS: isLoopbackHost

;// CONCATENATED MODULE: ./schema/manifest.schema.json
const manifest_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://unpkg.com/live-update-release/schema/manifest.schema.json","title":"live-update-release manifest","description":"The live-update state of one Capacitor app: the bundles published to GitHub Releases and the channels that point devices at them. Written by the live-update-release action, served by its responder. Describes schema version 1; older manifests are migrated when loaded.","type":"object","required":["schema_version","app_id","default_channel","bundles","channels"],"additionalProperties":false,"properties":{"$schema":{"type":"string","description":"This schema\'s URI, for editors."},"schema_version":{"const":1,"description":"Version of this file\'s layout. Missing means 0 (the first layout, migrated on load)."},"app_id":{"type":"string","pattern":"^[A-Za-z0-9_-]+(\\\\.[A-Za-z0-9_-]+)+$","maxLength":255,"description":"The app\'s reverse-domain id (appId in capacitor.config). Update checks from other apps are refused."},"default_channel":{"$ref":"#/$defs/channel_name","description":"The channel for devices that name none, or name one that does not exist or does not allow self-assignment."},"updated_at":{"type":"string","format":"date-time","description":"When the last change was written (ISO 8601)."},"channels":{"type":"object","description":"Channels by name.","propertyNames":{"$ref":"#/$defs/channel_name"},"additionalProperties":{"$ref":"#/$defs/channel"}},"bundles":{"type":"object","description":"Published bundles by version name. A version name is never reused for other content: devices cache bundles by name.","propertyNames":{"$ref":"#/$defs/version"},"additionalProperties":{"$ref":"#/$defs/bundle"}}},"$defs":{"version":{"type":"string","maxLength":256,"pattern":"^(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)(-(0|[1-9]\\\\d*|\\\\d*[A-Za-z-][0-9A-Za-z-]*)(\\\\.(0|[1-9]\\\\d*|\\\\d*[A-Za-z-][0-9A-Za-z-]*))*)?$","description":"A strict SemVer 2.0 version without build metadata, e.g. 1.2.3 or 1.3.0-beta.1."},"served_version":{"type":"string","maxLength":256,"pattern":"^(builtin|(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)(-(0|[1-9]\\\\d*|\\\\d*[A-Za-z-][0-9A-Za-z-]*)(\\\\.(0|[1-9]\\\\d*|\\\\d*[A-Za-z-][0-9A-Za-z-]*))*)?)$","description":"A bundle version, or `builtin` for the bundle shipped inside the app binary."},"channel_name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":64,"description":"Letters, digits, `.`, `_` and `-`, starting with a letter or digit."},"platform":{"enum":["ios","android","electron"],"description":"A platform as devices report it in `platform`."},"platforms":{"type":"array","items":{"$ref":"#/$defs/platform"},"minItems":1,"uniqueItems":true,"description":"The platforms allowed."},"rollout":{"type":"integer","minimum":0,"maximum":100,"description":"Percent of devices, chosen by a stable hash of device id and version, that get the current version."},"bundle":{"type":"object","description":"One published bundle: what devices download and verify, and where it came from.","required":["version","url","checksum","session_key","sha256","size","platforms","tag","release_url","repository","asset_name","asset_id","delivery","created_at","commit"],"additionalProperties":false,"properties":{"version":{"$ref":"#/$defs/version","description":"The version name devices store; equal to the key of this entry."},"url":{"type":"string","minLength":1,"pattern":"^https?://","description":"What devices download: the release asset URL, or the responder\'s /bundles route for proxy delivery. https; http only for a loopback host."},"checksum":{"type":"string","pattern":"^([0-9a-f]{64}|[0-9a-f]{512})$","description":"What devices verify: lowercase hex SHA-256 of the plain zip (64 chars), or its RSA-signed form for encrypted bundles (512 chars)."},"session_key":{"type":"string","pattern":"^$|^[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$","description":"Empty for plain bundles; base64(iv):base64(encrypted AES key) for encrypted ones."},"sha256":{"type":"string","pattern":"^([0-9a-f]{64})?$","description":"Lowercase hex SHA-256 of the plain zip, whatever the encryption: how a re-run recognises the same content. Empty when unknown (encrypted entries migrated from schema version 0)."},"size":{"type":"integer","minimum":0,"description":"Bytes of the uploaded asset (the ciphertext when encrypted); 0 when unknown."},"key_id":{"type":"string","pattern":"^[A-Za-z0-9+/]{20}$","description":"Encrypted bundles only: the first 20 characters of the app\'s PKCS#1 public key body, as devices send it."},"native_versions":{"type":"string","minLength":1,"maxLength":1024,"description":"npm-style semver range of native app versions (version_build) this bundle fits, e.g. >=1.4.0 <2."},"platforms":{"$ref":"#/$defs/platforms","description":"The platforms this bundle is for."},"tag":{"type":"string","description":"The release tag; empty when unknown."},"release_url":{"type":"string","description":"The release\'s page; empty when unknown."},"repository":{"type":"string","pattern":"^$|^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"owner/name of the repository holding the release; empty when unknown."},"asset_name":{"type":"string","pattern":"^[A-Za-z0-9._-]*$","description":"The release asset\'s file name."},"asset_id":{"type":"integer","minimum":0,"description":"The release asset\'s id (what proxy delivery downloads); 0 when unknown."},"delivery":{"enum":["direct","proxy"],"description":"direct: devices download `url` from GitHub; proxy: the responder redirects them to a short-lived asset URL."},"created_at":{"type":"string","description":"When the bundle was published (ISO 8601); empty when unknown."},"commit":{"type":"string","pattern":"^([0-9a-f]{40}|[0-9a-f]{64})?$","description":"The source commit the bundle was built from; empty when unknown."},"files":{"type":"integer","minimum":0,"description":"Number of files in the zip."}}},"channel":{"type":"object","description":"A pointer from a group of devices to a bundle, with its policies.","required":["rollout","allow_self_set","platforms","allow_emulator","allow_dev_build","history"],"additionalProperties":false,"properties":{"version":{"$ref":"#/$defs/served_version","description":"What the channel serves; absent while nothing was published to it."},"previous":{"$ref":"#/$defs/served_version","description":"What devices outside a partial rollout get; absent means they are told they are up to date."},"rollout":{"$ref":"#/$defs/rollout","description":"Percent of devices that get `version`; the others get `previous`."},"allow_self_set":{"type":"boolean","description":"Whether devices may pick this channel themselves (defaultChannel, setChannel)."},"platforms":{"$ref":"#/$defs/platforms","description":"Platforms served by this channel; others are refused with disabled_platform_<platform>."},"allow_emulator":{"type":"boolean","description":"Whether emulators get updates."},"allow_dev_build":{"type":"boolean","description":"Whether development builds (is_prod false) get updates."},"history":{"type":"array","items":{"$ref":"#/$defs/move"},"description":"Moves of the pointer or the rollout, oldest first; the most recent ones are kept."}}},"move":{"type":"object","description":"One change of a channel.","required":["action","version","rollout","at"],"additionalProperties":false,"properties":{"action":{"enum":["publish","rollback","promote","rollout"],"description":"The command that made the change."},"version":{"$ref":"#/$defs/served_version","description":"What the channel served after the change."},"from":{"$ref":"#/$defs/served_version","description":"What it served before, if anything. After a rollback, devices are never left on this version."},"rollout":{"$ref":"#/$defs/rollout","description":"The rollout percent after the change."},"at":{"type":"string","minLength":1,"format":"date-time","description":"When (ISO 8601)."},"run_id":{"type":"string","description":"The workflow run that made the change (GITHUB_RUN_ID): a re-run recognises its own work by it."},"run_url":{"type":"string","description":"Link to that workflow run."}}}}}');
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __nccwpck_require__(6629);
// EXTERNAL MODULE: ./src/manifest/ranges.ts
var ranges = __nccwpck_require__(2903);
// EXTERNAL MODULE: ./src/manifest/schema-check.ts + 1 modules
var schema_check = __nccwpck_require__(7345);
// EXTERNAL MODULE: ./src/manifest/semver.ts
var semver = __nccwpck_require__(3425);
// EXTERNAL MODULE: ./src/manifest/types.ts
var types = __nccwpck_require__(2628);
;// CONCATENATED MODULE: ./src/manifest/entry-checks.ts
// Per-entry validation. A manifest edited by hand may hold one broken entry among good ones; the
// responder must refuse only the devices that entry would serve, so each entry is judged alone.






const manifestSchema = manifest_schema_namespaceObject;
const definitions = manifest_schema_namespaceObject.$defs;
const MAX_REASONS = 3;
/** Why a bundle entry cannot be served, or undefined when it can. */
function bundleProblem(key, entry) {
    if (!isBundleKey(key))
        return `\`${key.slice(0, 80)}\` is not a version name like 1.2.3`;
    const errors = (0,schema_check/* checkSchema */._U)(definitions['bundle'], entry, manifestSchema);
    if (errors.length > 0)
        return summarize(errors);
    const bundle = entry;
    return summarize([
        bundle['version'] !== key ? `version: is ${String(bundle['version'])}, not ${key}` : '',
        urlProblem(bundle['url']),
        encryptionProblem(bundle['checksum'], bundle['session_key']),
        rangeProblem(bundle['native_versions']),
        proxyProblem(bundle),
    ].filter(Boolean));
}
/** Why a channel cannot serve devices, or undefined when it can. */
function channelProblem(name, entry, bundles) {
    if (!(0,names/* isValidChannelName */.Fd)(name))
        return `\`${name.slice(0, 80)}\` is not a valid channel name`;
    const shape = channelShapeProblem(entry);
    if (shape)
        return shape;
    const channel = entry;
    const missing = (version) => version !== undefined && version !== types/* BUILTIN */.s && !Object.hasOwn(bundles, version);
    return summarize([
        missing(channel.version) ? `version: ${channel.version} is not in bundles` : '',
        // `previous` only reaches devices while a rollout is partial.
        channel.rollout < 100 && missing(channel.previous)
            ? `previous: ${channel.previous} is not in bundles`
            : '',
    ].filter(Boolean));
}
/** Why a channel entry does not have the fields and types of a channel, if it does not. */
function channelShapeProblem(entry) {
    return summarize((0,schema_check/* checkSchema */._U)(definitions['channel'], entry, manifestSchema));
}
function isBundleKey(key) {
    const parsed = (0,semver/* parseSemVer */.IX)(key);
    return parsed !== undefined && parsed.build === undefined;
}
function summarize(reasons) {
    if (reasons.length === 0)
        return undefined;
    const shown = reasons.slice(0, MAX_REASONS).join('; ');
    const more = reasons.length - MAX_REASONS;
    return more > 0 ? `${shown}; and ${more} more` : shown;
}
// Devices refuse cleartext downloads (iOS ATS, Android's network security policy); http works
// only against a loopback host, which is what local tests use.
function urlProblem(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return `url: \`${url.slice(0, 80)}\` is not a URL`;
    }
    if (parsed.protocol === 'https:')
        return '';
    if (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname))
        return '';
    return 'url: must use https (devices block cleartext downloads)';
}
function isLoopbackHost(hostname) {
    return (hostname === 'localhost' ||
        hostname === '[::1]' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname));
}
// A 512-hex checksum is RSA-signed and needs the session key to decrypt the zip; a 64-hex one is
// plain, and a session key on it would make devices try to decrypt plain bytes.
function encryptionProblem(checksum, sessionKey) {
    const encrypted = checksum.length === 512;
    if (encrypted && sessionKey === '')
        return 'session_key: is empty but the checksum is encrypted';
    if (!encrypted && sessionKey !== '')
        return 'session_key: is set but the checksum is plain';
    return '';
}
function rangeProblem(range) {
    if (range === undefined || (0,ranges/* isValidRange */.yZ)(range))
        return '';
    return `native_versions: \`${String(range).slice(0, 80)}\` is not a semver range`;
}
// Proxy delivery downloads the asset by id from the repository with the responder's token.
function proxyProblem(bundle) {
    if (bundle['delivery'] !== 'proxy')
        return '';
    if (bundle['repository'] === '' || bundle['asset_id'] === 0) {
        return 'delivery: proxy needs repository and asset_id';
    }
    return '';
}


/***/ }),

/***/ 6629:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ isValidChannelName),
/* harmony export */   Lz: () => (/* binding */ assertChannelName),
/* harmony export */   YY: () => (/* binding */ DEFAULT_CHANNEL),
/* harmony export */   xB: () => (/* binding */ assertAppId)
/* harmony export */ });
/* unused harmony export isValidAppId */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// Names that users choose and devices send back: channel names and the app id.

// Kept in step with `channel_name` and `app_id` in schema/manifest.schema.json (a test checks).
const CHANNEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_CHANNEL_NAME = 64;
const APP_ID = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/;
const MAX_APP_ID = 255;
const DEFAULT_CHANNEL = 'production';
function isValidChannelName(name) {
    return name.length <= MAX_CHANNEL_NAME && CHANNEL_NAME.test(name);
}
function assertChannelName(name, input = 'channel') {
    if (isValidChannelName(name))
        return name;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${name.slice(0, 80)}\` is not a channel name: use letters, digits, ` +
        `\`.\`, \`_\` and \`-\`, starting with a letter or digit, ` +
        `at most ${MAX_CHANNEL_NAME} characters (e.g. production, beta).`);
}
function isValidAppId(appId) {
    return appId.length <= MAX_APP_ID && APP_ID.test(appId);
}
function assertAppId(appId, input = 'app-id') {
    if (isValidAppId(appId))
        return appId;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `\`${appId.slice(0, 80)}\` is not an app id: ` +
        'use the reverse-domain appId from capacitor.config, e.g. com.example.app.');
}


/***/ }),

/***/ 4881:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Sh: () => (/* binding */ ManifestError),
  dR: () => (/* binding */ emptyManifest),
  OO: () => (/* binding */ newChannel),
  Ng: () => (/* binding */ parseManifest),
  WI: () => (/* binding */ readManifest),
  MZ: () => (/* reexport */ serializeManifest),
  Lv: () => (/* binding */ toRecord)
});

// UNUSED EXPORTS: MANIFEST_SCHEMA_ID

// EXTERNAL MODULE: ./src/manifest/entry-checks.ts + 1 modules
var entry_checks = __nccwpck_require__(4319);
// EXTERNAL MODULE: ./src/manifest/schema-check.ts + 1 modules
var schema_check = __nccwpck_require__(7345);
// EXTERNAL MODULE: ./src/manifest/types.ts
var types = __nccwpck_require__(2628);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __nccwpck_require__(6629);
;// CONCATENATED MODULE: ./src/manifest/migrate.ts
// Upgrades manifests written with an older layout, so a repository that has used the action for
// years keeps working after an upgrade. Each step fills only what an older writer could not know;
// it never invents what devices rely on (url, checksum, session_key), so a broken entry stays
// broken and is reported rather than served.



/**
 * Version 0: the first layout, written before `schema_version` existed. Bundles held only
 * version, url, checksum and session_key; channels only their version.
 */
function fromVersion0(manifest) {
    if (!Object.hasOwn(manifest, 'default_channel'))
        manifest['default_channel'] = names/* DEFAULT_CHANNEL */.YY;
    forEachEntry(manifest['bundles'], (key, bundle) => fillBundle(key, bundle));
    forEachEntry(manifest['channels'], (_name, channel) => fillDefaults(channel, channelDefaults()));
}
function fillBundle(key, bundle) {
    const checksum = bundle['checksum'];
    // A plain bundle's checksum is the SHA-256 of its zip; an encrypted one's cannot be undone.
    const sha256 = typeof checksum === 'string' && /^[0-9a-f]{64}$/.test(checksum) ? checksum : '';
    fillDefaults(bundle, {
        version: key,
        sha256,
        size: 0,
        platforms: ['ios', 'android'],
        tag: '',
        release_url: '',
        repository: '',
        asset_name: assetNameOf(bundle['url']),
        asset_id: 0,
        delivery: 'direct',
        created_at: '',
        commit: '',
    });
}
function assetNameOf(url) {
    if (typeof url !== 'string')
        return '';
    try {
        const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
        return /^[A-Za-z0-9._-]+$/.test(name) ? name : '';
    }
    catch {
        return '';
    }
}
/** What a channel gets when nothing says otherwise. */
function channelDefaults() {
    return {
        rollout: 100,
        allow_self_set: true,
        platforms: ['ios', 'android'],
        allow_emulator: true,
        allow_dev_build: true,
        history: [],
    };
}
const MIGRATIONS = [fromVersion0];
/** Brings a parsed manifest of `fromVersion` up to the current layout, in place. */
function migrate(manifest, fromVersion) {
    for (let version = fromVersion; version < types/* MANIFEST_SCHEMA_VERSION */.v; version++) {
        MIGRATIONS[version]?.(manifest);
    }
    manifest['schema_version'] = types/* MANIFEST_SCHEMA_VERSION */.v;
}
function forEachEntry(map, fill) {
    if (!(0,schema_check/* isObject */.Gv)(map))
        return;
    for (const [key, entry] of Object.entries(map)) {
        if ((0,schema_check/* isObject */.Gv)(entry))
            fill(key, entry);
    }
}
function fillDefaults(target, defaults) {
    for (const [key, value] of Object.entries(defaults)) {
        if (!Object.hasOwn(target, key))
            target[key] = value;
    }
}

// EXTERNAL MODULE: ./src/manifest/semver.ts
var semver = __nccwpck_require__(3425);
;// CONCATENATED MODULE: ./src/manifest/serialize.ts
// Writing the manifest so that the same content always gives the same bytes: keys in the order
// the schema declares them, bundles by version precedence, channels by name. Diffs of the
// manifest branch then show only what changed.



/** Two-space JSON with a trailing newline, in a stable key order. */
function serializeManifest(m) {
    return `${JSON.stringify(ordered(m, entry_checks/* manifestSchema */.rc), null, 2)}\n`;
}
function ordered(value, schema) {
    const node = dereference(schema);
    if (Array.isArray(value))
        return value.map((item) => ordered(item, child(node, 'items')));
    if (!(0,schema_check/* isObject */.Gv)(value))
        return value;
    const properties = (child(node, 'properties') ?? {});
    const declared = Object.keys(properties).filter((key) => Object.hasOwn(value, key));
    const others = Object.keys(value)
        .filter((key) => !Object.hasOwn(properties, key))
        .sort(compareKeys);
    // A prototype-free target keeps a `__proto__` key as data instead of re-parenting the object.
    const result = Object.create(null);
    for (const key of declared)
        result[key] = ordered(value[key], properties[key]);
    for (const key of others)
        result[key] = ordered(value[key], child(node, 'additionalProperties'));
    return result;
}
function dereference(schema) {
    let node = schema;
    while ((0,schema_check/* isObject */.Gv)(node) && typeof node['$ref'] === 'string')
        node = (0,schema_check/* resolve */.hd)(node['$ref'], entry_checks/* manifestSchema */.rc);
    return node;
}
function child(schema, keyword) {
    return (0,schema_check/* isObject */.Gv)(schema) ? schema[keyword] : undefined;
}
// Version keys by precedence (1.0.9 before 1.0.10), anything else after them in byte order.
function compareKeys(a, b) {
    const va = (0,semver/* parseSemVer */.IX)(a);
    const vb = (0,semver/* parseSemVer */.IX)(b);
    if (va && vb)
        return (0,semver/* compareSemVer */.Cg)(va, vb) || (a < b ? -1 : a > b ? 1 : 0);
    if (va || vb)
        return va ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/manifest/parse.ts
// Reading and writing the manifest file. Loading is forgiving per entry and strict at the top:
// a broken entry is reported so the rest keeps serving, while a file that is not a manifest at
// all is refused so the responder keeps its last good copy.






const MANIFEST_SCHEMA_ID = entry_checks/* manifestSchema */.rc.$id;
class ManifestError extends Error {
    name = 'ManifestError';
}
function parseManifest(text) {
    const read = readManifest(text);
    const bundleProblems = new Map();
    const channelProblems = new Map();
    for (const version of Object.keys(read.manifest.bundles)) {
        const problem = read.bundleProblem(version);
        if (problem)
            bundleProblems.set(version, problem);
    }
    for (const name of Object.keys(read.manifest.channels)) {
        const problem = read.channelProblem(name);
        if (problem)
            channelProblems.set(name, problem);
    }
    return { manifest: read.manifest, bundleProblems, channelProblems };
}
function readManifest(text) {
    const raw = parseJson(text);
    migrate(raw, schemaVersionOf(raw));
    checkTopLevel(raw);
    const bundles = toRecord(raw['bundles']);
    const channels = toRecord(raw['channels']);
    const manifest = { ...raw, bundles, channels };
    return {
        manifest,
        bundleProblem: judgedOnce(bundles, (version, entry) => (0,entry_checks/* bundleProblem */.QN)(version, entry)),
        channelProblem: judgedOnce(channels, (name, entry) => (0,entry_checks/* channelProblem */.Tk)(name, entry, bundles)),
    };
}
/** Judges each entry of `record` once; names of absent entries are not kept. */
function judgedOnce(record, judge) {
    const judged = new Map();
    return (key) => {
        if (!Object.hasOwn(record, key))
            return undefined;
        if (judged.has(key))
            return judged.get(key);
        const problem = judge(key, record[key]);
        judged.set(key, problem);
        return problem;
    };
}
function parseJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new ManifestError(`the manifest is not valid JSON: ${error.message}`);
    }
    if (!(0,schema_check/* isObject */.Gv)(value)) {
        const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
        throw new ManifestError(`the manifest must be a JSON object, not ${kind}`);
    }
    return value;
}
function schemaVersionOf(raw) {
    const version = raw['schema_version'] ?? 0;
    if (!Number.isInteger(version) || version < 0) {
        throw new ManifestError(`the manifest's schema_version must be a whole number, not ${String(version)}`);
    }
    if (version > types/* MANIFEST_SCHEMA_VERSION */.v) {
        // An older reader would drop fields it does not know; refusing keeps them safe.
        throw new ManifestError(`the manifest has schema_version ${String(version)}, newer than this version ` +
            `of live-update-release understands (${types/* MANIFEST_SCHEMA_VERSION */.v}): ` +
            'update the action and the responder');
    }
    return version;
}
/** Validates everything but the entries, which are judged one by one. */
function checkTopLevel(raw) {
    const shallow = { ...raw };
    for (const key of ['bundles', 'channels']) {
        if ((0,schema_check/* isObject */.Gv)(raw[key]))
            shallow[key] = {};
    }
    const errors = (0,schema_check/* checkSchema */._U)(entry_checks/* manifestSchema */.rc, shallow);
    if (errors.length > 0) {
        throw new ManifestError(`the manifest's top level is invalid: ${errors.join('; ')}`);
    }
}
/**
 * Copies user-keyed entries into an object without a prototype, so keys such as `__proto__` or
 * `constructor` are plain data and a lookup of a device-sent name never finds a built-in.
 */
function toRecord(source) {
    const record = Object.create(null);
    // Without a prototype there is no `__proto__` setter: assigning makes a plain data property,
    // as defining one would, at a fraction of the cost for a manifest of a thousand bundles.
    for (const key of Object.keys(source))
        record[key] = source[key];
    return record;
}
function emptyManifest(appId, defaultChannel = names/* DEFAULT_CHANNEL */.YY) {
    return {
        $schema: MANIFEST_SCHEMA_ID,
        schema_version: types/* MANIFEST_SCHEMA_VERSION */.v,
        app_id: (0,names/* assertAppId */.xB)(appId),
        default_channel: (0,names/* assertChannelName */.Lz)(defaultChannel),
        bundles: toRecord({}),
        channels: toRecord({}),
    };
}
/** A channel that serves nothing yet: everyone, every platform, emulators and dev builds too. */
function newChannel() {
    return channelDefaults();
}


/***/ }),

/***/ 2903:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ parsedRange),
/* harmony export */   rR: () => (/* binding */ versionInRange),
/* harmony export */   yZ: () => (/* binding */ isValidRange)
/* harmony export */ });
/* unused harmony export parseRange */
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3425);
// Semver ranges for a bundle's `native_versions`, in npm's syntax: `||` alternatives, space-joined
// comparators (`>=1.2.0 <2`), hyphen ranges (`1.2 - 1.4`), `~`, `^`, x-ranges (`1.x`, `1.2.*`).
//
// Prereleases are ordinary points of the SemVer order here, as with npm's `includePrerelease`:
// `>=1.2.0` admits `1.3.0-beta.1`, and `^1.2.0` stops before `2.0.0-0`. Native app versions come
// from store builds where a prerelease tag marks a test build of the same line, and such a build
// should get the bundles its line gets. (npm's default would refuse every prerelease that the
// range does not name with the same X.Y.Z, which silently strands beta testers.)

const MAX_RANGE_LENGTH = 1024;
const WILDCARD = 'x|X|\\*';
const PART = `(${_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .NUMERIC_ID */ .aq}|${WILDCARD})`;
const PARTIAL = new RegExp(`^v?${PART}(?:\\.${PART}(?:\\.${PART}(?:-(${_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .PRERELEASE */ .rk}))?(?:\\+${_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILD */ .Bv})?)?)?$`);
const COMPARATOR = /^(<=|>=|<|>|=|~>|~|\^)?(.*)$/;
const HYPHEN = /^(\S+) - (\S+)$/;
/** The smallest prerelease of a version: `X.Y.Z-0` sits below every other `X.Y.Z-…`. */
const lowest = (major, minor, patch) => ({
    major,
    minor,
    patch,
    prerelease: [0],
});
const NOTHING = [{ operator: '<', version: lowest(0, 0, 0) }];
/** The range's alternatives, or undefined when it is not a valid range (blank is invalid). */
function parseRange(range) {
    if (range.length > MAX_RANGE_LENGTH || range.trim() === '')
        return undefined;
    const sets = [];
    for (const alternative of range.split('||')) {
        const set = parseAlternative(alternative);
        if (!set)
            return undefined;
        sets.push(set);
    }
    return sets;
}
function isValidRange(range) {
    return parsedRange(range) !== undefined;
}
/** Bundles of one app tend to share a handful of ranges; each is parsed once. */
const parsedRanges = new Map();
const MAX_PARSED_RANGES = 256;
/** `parseRange` remembered: the result is shared, so it is read-only. */
function parsedRange(range) {
    if (parsedRanges.has(range))
        return parsedRanges.get(range);
    const sets = parseRange(range);
    if (parsedRanges.size >= MAX_PARSED_RANGES)
        parsedRanges.clear();
    parsedRanges.set(range, sets);
    return sets;
}
/** Whether `version` (strict semver) is in `range`; false for an invalid version or range. */
function versionInRange(version, range) {
    for (const set of range) {
        if (set.every((c) => holds(c, version)))
            return true;
    }
    return false;
}
function holds({ operator, version }, candidate) {
    const order = (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSemVer */ .Cg)(candidate, version);
    switch (operator) {
        case '<':
            return order < 0;
        case '<=':
            return order <= 0;
        case '>':
            return order > 0;
        case '>=':
            return order >= 0;
        case '=':
            return order === 0;
    }
}
function parseAlternative(text) {
    // npm allows a space between an operator and its version (`>= 1.2.3`).
    const normalized = text
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/(<=|>=|<|>|=|~>|~|\^) /g, '$1');
    const hyphen = HYPHEN.exec(normalized);
    if (hyphen)
        return parseHyphen(hyphen[1], hyphen[2]);
    if (normalized === '')
        return [];
    const set = [];
    for (const token of normalized.split(' ')) {
        const comparators = parseComparator(token);
        if (!comparators)
            return undefined;
        set.push(...comparators);
    }
    return set;
}
function parseComparator(token) {
    const [, operator = '', rest = ''] = COMPARATOR.exec(token) ?? [];
    const partial = parsePartial(rest);
    if (!partial)
        return undefined;
    switch (operator) {
        case '':
        case '=':
            return exactOrX(partial);
        case '~':
        case '~>':
            return tilde(partial);
        case '^':
            return caret(partial);
        default:
            return primitive(operator, partial);
    }
}
function parsePartial(text) {
    const match = PARTIAL.exec(text);
    if (!match)
        return undefined;
    const [, major, minor, patch, prerelease] = match;
    const parts = [major, minor, patch].map((p) => p === undefined || isWildcard(p) ? undefined : p);
    // After a wildcard only wildcards may follow (`1.x.3` means nothing), and a prerelease needs
    // all three numbers to attach to.
    const firstMissing = parts.indexOf(undefined);
    if (firstMissing !== -1 && parts.slice(firstMissing).some((p) => p !== undefined))
        return undefined;
    if (prerelease !== undefined && firstMissing !== -1)
        return undefined;
    const [M, m, p] = parts.map((n) => (n === undefined ? undefined : Number(n)));
    if (![M, m, p].every((n) => n === undefined || Number.isSafeInteger(n)))
        return undefined;
    const partial = { major: M, minor: m, patch: p, prerelease };
    return firstMissing === -1 && !full(partial) ? undefined : partial;
}
function isWildcard(part) {
    return part === 'x' || part === 'X' || part === '*';
}
/** The version a partial names when it has all three numbers. */
function full(partial) {
    const { major, minor, patch, prerelease } = partial;
    if (major === undefined || minor === undefined || patch === undefined)
        return undefined;
    return (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .makeSemVer */ .$o)(major, minor, patch, prerelease);
}
const at = (operator, version) => ({ operator, version });
function exactOrX(p) {
    const version = full(p);
    if (version)
        return [at('=', version)];
    if (p.major === undefined)
        return [];
    if (p.minor === undefined)
        return [at('>=', lowest(p.major, 0, 0)), at('<', lowest(p.major + 1, 0, 0))];
    return [at('>=', lowest(p.major, p.minor, 0)), at('<', lowest(p.major, p.minor + 1, 0))];
}
// ~1.2.3 allows patch-level changes; ~1 allows minor-level ones.
function tilde(p) {
    const version = full(p);
    if (!version)
        return exactOrX(p);
    return [at('>=', version), at('<', lowest(version.major, version.minor + 1, 0))];
}
// ^ allows changes that leave the leftmost non-zero part alone.
function caret(p) {
    const { major, minor } = p;
    if (major === undefined)
        return [];
    if (minor === undefined)
        return exactOrX(p);
    const version = full(p);
    const lower = version ?? lowest(major, minor, 0);
    if (major > 0)
        return [at('>=', lower), at('<', lowest(major + 1, 0, 0))];
    if (minor > 0 || !version)
        return [at('>=', lower), at('<', lowest(0, minor + 1, 0))];
    return [at('>=', lower), at('<', lowest(0, 0, version.patch + 1))];
}
function primitive(operator, p) {
    const version = full(p);
    if (version)
        return [at(operator, version)];
    const { major, minor } = p;
    if (major === undefined)
        return operator === '<' || operator === '>' ? NOTHING : [];
    const next = minor === undefined ? lowest(major + 1, 0, 0) : lowest(major, minor + 1, 0);
    const start = lowest(major, minor ?? 0, 0);
    switch (operator) {
        case '>=':
            return [at('>=', start)];
        case '>':
            return [at('>=', next)];
        case '<':
            return [at('<', start)];
        default:
            return [at('<', next)];
    }
}
function parseHyphen(fromText, toText) {
    const from = parsePartial(fromText);
    const to = parsePartial(toText);
    if (!from || !to)
        return undefined;
    return [...hyphenLower(from), ...hyphenUpper(to)];
}
function hyphenLower(p) {
    if (p.major === undefined)
        return [];
    const version = full(p);
    if (version && version.prerelease.length > 0)
        return [at('>=', version)];
    return [at('>=', lowest(p.major, p.minor ?? 0, p.patch ?? 0))];
}
function hyphenUpper(p) {
    if (p.major === undefined)
        return [];
    if (p.minor === undefined)
        return [at('<', lowest(p.major + 1, 0, 0))];
    if (p.patch === undefined)
        return [at('<', lowest(p.major, p.minor + 1, 0))];
    const version = full(p);
    if (version.prerelease.length > 0)
        return [at('<=', version)];
    return [at('<', lowest(p.major, p.minor, p.patch + 1))];
}


/***/ }),

/***/ 7345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _U: () => (/* binding */ checkSchema),
  Gv: () => (/* reexport */ isObject),
  hd: () => (/* reexport */ resolve)
});

;// CONCATENATED MODULE: ./src/manifest/schema-values.ts
// The pieces of JSON Schema that both the compiled yes/no check and the explaining checker need:
// what a keyword means for a value, and how a local reference is found.
/** Keywords that describe but never constrain. */
const ANNOTATIONS = new Set([
    '$schema',
    '$id',
    '$defs',
    '$comment',
    'title',
    'description',
    'format',
    'default',
    'examples',
]);
function unsupported(keyword) {
    return new Error(`schema-check does not support the keyword \`${keyword}\``);
}
/** Local references only (`#`, `#/$defs/name`): the manifest schema is one self-contained file. */
function resolve(ref, root) {
    if (typeof ref !== 'string' || !ref.startsWith('#')) {
        throw new Error(`schema-check resolves only local references, not ${String(ref)}`);
    }
    let target = root;
    for (const token of ref.slice(1).split('/').slice(1)) {
        const key = decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
        target = isObject(target) && Object.hasOwn(target, key) ? target[key] : undefined;
    }
    if (typeof target !== 'boolean' && !isObject(target)) {
        throw new Error(`schema reference ${ref} points at nothing`);
    }
    return target;
}
const compiled = new Map();
function regex(pattern) {
    let re = compiled.get(pattern);
    if (!re) {
        re = new RegExp(pattern, 'u');
        compiled.set(pattern, re);
    }
    return re;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isOfType(value, type) {
    switch (type) {
        case 'integer':
            return Number.isInteger(value);
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'null':
            return value === null;
        case 'array':
            return Array.isArray(value);
        case 'object':
            return isObject(value);
        default:
            return typeof value === type;
    }
}
/**
 * Length in code points, as JSON Schema counts it (a surrogate pair is one character, a lone
 * surrogate one too), without building an array of the characters.
 */
function codePointLength(text) {
    let length = text.length;
    for (let i = 0; i < text.length - 1; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                length--;
                i++;
            }
        }
    }
    return length;
}
/** Whether a string has fewer than `limit` code points; UTF-16 length decides most cases. */
function shorterThan(text, limit) {
    if (text.length < limit)
        return true;
    if (text.length >= 2 * limit)
        return false;
    return codePointLength(text) < limit;
}
/** Whether a string has more than `limit` code points. */
function longerThan(text, limit) {
    if (text.length <= limit)
        return false;
    return codePointLength(text) > limit;
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
    }
    if (isObject(a) && isObject(b)) {
        const keys = Object.keys(a);
        return (keys.length === Object.keys(b).length &&
            keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key])));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/manifest/schema-check.ts
// A compact validator for the part of JSON Schema (draft 2020-12) that the manifest schema uses.
// A full validator would not fit the edge responder's size budget, and the manifest needs little.
// An unsupported keyword throws, so the schema cannot quietly use a rule nobody checks.
//
// Each schema is compiled once into closures, which run in one of two ways: asked only whether a
// value conforms, they stop at the first failure and build no path or message, which is how
// nearly every entry of a large manifest is checked; asked for errors, they list every failure.
// Subschemas compile when first reached, so an unsupported keyword throws where a walk of the
// schema would meet it.


const MAX_ERRORS = 20;
/** Every way `value` breaks `schema`, as `path: message` lines; empty when it conforms. */
function checkSchema(schema, value, root = schema) {
    const check = lazy(schema, root);
    if (check(value, '', undefined))
        return [];
    const errors = [];
    check(value, '', errors);
    return errors.map(({ path, message }) => `${path === '' ? '(top level)' : path}: ${message}`);
}
/** Records a failure (while fewer than the maximum are recorded); always false. */
function report(errors, path, message) {
    if (errors && errors.length < MAX_ERRORS)
        errors.push({ path, message });
    return false;
}
const join = (path, key) => (path === '' ? key : `${path}.${key}`);
const compiledByRoot = new WeakMap();
/** The check of `schema`, compiled when first run; past the error limit it stops looking. */
function lazy(schema, root) {
    let check;
    return (value, path, errors) => {
        if (errors && errors.length >= MAX_ERRORS)
            return false;
        check ??= schema_check_compiled(schema, root);
        return check(value, path, errors);
    };
}
function schema_check_compiled(schema, root) {
    if (schema === true)
        return () => true;
    if (schema === false)
        return (_value, path, errors) => report(errors, path, 'is not allowed');
    if (typeof schema !== 'object' || schema === null || typeof root !== 'object' || !root) {
        return compile(schema, root);
    }
    let cache = compiledByRoot.get(root);
    if (!cache)
        compiledByRoot.set(root, (cache = new WeakMap()));
    let check = cache.get(schema);
    if (!check)
        cache.set(schema, (check = compile(schema, root)));
    return check;
}
function compile(schema, root) {
    const checks = [];
    for (const [keyword, argument] of Object.entries(schema)) {
        if (ANNOTATIONS.has(keyword))
            continue;
        const make = Object.hasOwn(KEYWORDS, keyword) ? KEYWORDS[keyword] : undefined;
        if (!make)
            throw unsupported(keyword);
        checks.push(make(argument, schema, root));
    }
    if (checks.length === 1)
        return checks[0];
    return (value, path, errors) => {
        let ok = true;
        for (let i = 0; i < checks.length; i++) {
            if (!checks[i](value, path, errors)) {
                if (!errors)
                    return false;
                ok = false;
            }
        }
        return ok;
    };
}
const KEYWORDS = {
    $ref: (ref, _schema, root) => {
        let target;
        return (value, path, errors) => (target ??= lazy(resolve(ref, root), root))(value, path, errors);
    },
    type: (expected) => {
        const allowed = (Array.isArray(expected) ? expected : [expected]);
        const names = allowed.map((t) => TYPE_NAMES[t] ?? String(t)).join(' or ');
        return (value, path, errors) => allowed.some((t) => isOfType(value, t)) ||
            report(errors, path, `must be ${names}, not ${describeType(value)}`);
    },
    const: (expected) => (value, path, errors) => deepEqual(expected, value) || report(errors, path, `must be ${JSON.stringify(expected)}`),
    enum: (argument) => {
        const options = argument;
        return (value, path, errors) => options.some((o) => deepEqual(o, value)) ||
            report(errors, path, `must be one of ${options.join(', ')}, not ${show(value)}`);
    },
    pattern: (pattern) => {
        const re = regex(pattern);
        return (value, path, errors) => typeof value !== 'string' ||
            re.test(value) ||
            report(errors, path, `${show(value)} does not match ${pattern}`);
    },
    minLength: (argument) => {
        const limit = argument;
        const message = limit === 1 ? 'is empty' : `is shorter than ${limit}`;
        return (value, path, errors) => typeof value !== 'string' || !shorterThan(value, limit) || report(errors, path, message);
    },
    maxLength: (argument) => {
        const limit = argument;
        return (value, path, errors) => typeof value !== 'string' ||
            !longerThan(value, limit) ||
            report(errors, path, `is longer than ${limit}`);
    },
    minimum: (argument) => {
        const limit = argument;
        return (value, path, errors) => typeof value !== 'number' ||
            !(value < limit) ||
            report(errors, path, `must be at least ${limit}, not ${value}`);
    },
    maximum: (argument) => {
        const limit = argument;
        return (value, path, errors) => typeof value !== 'number' ||
            !(value > limit) ||
            report(errors, path, `must be at most ${limit}, not ${value}`);
    },
    required: (argument) => {
        const keys = argument;
        return (value, path, errors) => {
            if (!isObject(value))
                return true;
            let ok = true;
            for (const key of keys) {
                if (Object.hasOwn(value, key))
                    continue;
                ok = report(errors, join(path, key), 'is missing');
                if (!errors)
                    return false;
            }
            return ok;
        };
    },
    properties: (properties, _schema, root) => {
        const entries = Object.entries(properties);
        const keys = entries.map(([key]) => key);
        const checks = entries.map(([, schema]) => lazy(schema, root));
        return (value, path, errors) => {
            if (!isObject(value))
                return true;
            let ok = true;
            for (let i = 0; i < keys.length; i++) {
                const key = keys[i];
                if (!Object.hasOwn(value, key))
                    continue;
                if (!checks[i](value[key], errors ? join(path, key) : '', errors)) {
                    if (!errors)
                        return false;
                    ok = false;
                }
            }
            return ok;
        };
    },
    patternProperties: (patterns, _schema, root) => {
        const entries = Object.entries(patterns).map(([pattern, schema]) => [regex(pattern), lazy(schema, root)]);
        return (value, path, errors) => {
            if (!isObject(value))
                return true;
            let ok = true;
            for (const [re, check] of entries) {
                for (const key of Object.keys(value)) {
                    if (!re.test(key) || check(value[key], errors ? join(path, key) : '', errors))
                        continue;
                    if (!errors)
                        return false;
                    ok = false;
                }
            }
            return ok;
        };
    },
    additionalProperties: (additional, schema, root) => {
        const declared = declaredKeys(schema);
        const check = additional === false ? undefined : lazy(additional, root);
        return (value, path, errors) => {
            if (!isObject(value))
                return true;
            let ok = true;
            for (const key of Object.keys(value)) {
                if (declared(key))
                    continue;
                const fits = check
                    ? check(value[key], errors ? join(path, key) : '', errors)
                    : report(errors, join(path, key), 'is not a known field');
                if (fits)
                    continue;
                if (!errors)
                    return false;
                ok = false;
            }
            return ok;
        };
    },
    propertyNames: (names, _schema, root) => {
        const check = lazy(names, root);
        return (value, path, errors) => {
            if (!isObject(value))
                return true;
            let ok = true;
            for (const key of Object.keys(value)) {
                const nameErrors = errors ? [] : undefined;
                if (check(key, '', nameErrors))
                    continue;
                if (!errors)
                    return false;
                ok = false;
                const [first] = nameErrors;
                if (first)
                    report(errors, join(path, key), `is not a valid name: ${first.message}`);
            }
            return ok;
        };
    },
    items: (items, _schema, root) => {
        const check = lazy(items, root);
        return (value, path, errors) => {
            if (!Array.isArray(value))
                return true;
            let ok = true;
            for (let i = 0; i < value.length; i++) {
                if (!(i in value) || check(value[i], errors ? `${path}[${i}]` : '', errors))
                    continue;
                if (!errors)
                    return false;
                ok = false;
            }
            return ok;
        };
    },
    minItems: (argument) => {
        const limit = argument;
        return (value, path, errors) => !Array.isArray(value) ||
            !(value.length < limit) ||
            report(errors, path, `needs at least ${limit} item(s)`);
    },
    maxItems: (argument) => {
        const limit = argument;
        return (value, path, errors) => !Array.isArray(value) ||
            !(value.length > limit) ||
            report(errors, path, `holds more than ${limit} items`);
    },
    uniqueItems: (unique) => (value, path, errors) => {
        if (unique !== true || !Array.isArray(value))
            return true;
        const repeated = firstRepeat(value);
        return repeated === -1 || report(errors, `${path}[${repeated}]`, 'repeats an earlier item');
    },
};
function firstRepeat(items) {
    for (let i = 1; i < items.length; i++) {
        for (let j = 0; j < i; j++)
            if (deepEqual(items[j], items[i]))
                return i;
    }
    return -1;
}
/** Whether `properties` or `patternProperties` of the schema already cover a key. */
function declaredKeys(schema) {
    const properties = schema['properties'];
    const patterns = Object.keys(schema['patternProperties'] ?? {});
    const res = patterns.map((pattern) => regex(pattern));
    return (key) => (properties ? Object.hasOwn(properties, key) : false) || res.some((re) => re.test(key));
}
const TYPE_NAMES = {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'an array',
    null: 'null',
};
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${show(value)}`;
}
function show(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}


/***/ }),

/***/ 3425:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ makeSemVer),
/* harmony export */   Bv: () => (/* binding */ BUILD),
/* harmony export */   Cg: () => (/* binding */ compareSemVer),
/* harmony export */   IX: () => (/* binding */ parseSemVer),
/* harmony export */   aq: () => (/* binding */ NUMERIC_ID),
/* harmony export */   rk: () => (/* binding */ PRERELEASE),
/* harmony export */   w0: () => (/* binding */ formatSemVer)
/* harmony export */ });
/* unused harmony export MAX_VERSION_LENGTH */
// SemVer 2.0 parsing and precedence. Written here rather than imported because the edge responder
// build has a size budget, and the `semver` package's range support alone would take much of it.
/** npm's semver uses the same cap; it also bounds the work done on a device-sent string. */
const MAX_VERSION_LENGTH = 256;
const NUMERIC_ID = '0|[1-9]\\d*';
const PRERELEASE_ID = `(?:${NUMERIC_ID}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const PRERELEASE = `${PRERELEASE_ID}(?:\\.${PRERELEASE_ID})*`;
const BUILD = '[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*';
const FULL_VERSION = new RegExp(`^(${NUMERIC_ID})\\.(${NUMERIC_ID})\\.(${NUMERIC_ID})(?:-(${PRERELEASE}))?(?:\\+(${BUILD}))?$`);
/** A strict SemVer 2.0 version (build metadata allowed), or undefined. */
function parseSemVer(text) {
    if (text.length > MAX_VERSION_LENGTH)
        return undefined;
    const match = FULL_VERSION.exec(text);
    if (!match)
        return undefined;
    const [, major, minor, patch, prerelease, build] = match;
    return makeSemVer(Number(major), Number(minor), Number(patch), prerelease, build);
}
/** Builds a SemVer from parts already known to be well formed; undefined past safe integers. */
function makeSemVer(major, minor, patch, prerelease, build) {
    if (!Number.isSafeInteger(major) ||
        !Number.isSafeInteger(minor) ||
        !Number.isSafeInteger(patch)) {
        return undefined;
    }
    const identifiers = prerelease === undefined ? [] : prerelease.split('.').map(toIdentifier);
    for (const id of identifiers) {
        if (typeof id === 'number' && !Number.isSafeInteger(id))
            return undefined;
    }
    return build === undefined
        ? { major, minor, patch, prerelease: identifiers }
        : { major, minor, patch, prerelease: identifiers, build };
}
function toIdentifier(id) {
    return /^\d+$/.test(id) ? Number(id) : id;
}
function formatSemVer(v) {
    const core = `${v.major}.${v.minor}.${v.patch}`;
    return v.prerelease.length === 0 ? core : `${core}-${v.prerelease.join('.')}`;
}
/** SemVer 2.0 precedence: negative, zero or positive like a sort comparator. */
function compareSemVer(a, b) {
    return (Math.sign(a.major - b.major) ||
        Math.sign(a.minor - b.minor) ||
        Math.sign(a.patch - b.patch) ||
        comparePrerelease(a.prerelease, b.prerelease));
}
// A version without prerelease ranks above its prereleases (1.0.0-rc.1 < 1.0.0).
function comparePrerelease(a, b) {
    if (a.length === 0 || b.length === 0)
        return Math.sign(b.length - a.length);
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const order = compareIdentifier(a[i], b[i]);
        if (order !== 0)
            return order;
    }
    return Math.sign(a.length - b.length);
}
// Numeric identifiers rank below alphanumeric ones; alphanumerics compare in ASCII order.
function compareIdentifier(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return Math.sign(a - b);
    if (typeof a === 'number')
        return -1;
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2628:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ BUILTIN),
/* harmony export */   v: () => (/* binding */ MANIFEST_SCHEMA_VERSION)
/* harmony export */ });
// The manifest is the single source of truth that the action writes and the responder reads.
// It lives as one JSON file on the manifest branch; `schema/manifest.schema.json` describes it.
// Optional fields are left out rather than set to null: the responder must never echo a null.
const MANIFEST_SCHEMA_VERSION = 1;
/** The version name devices use for the bundle compiled into their binary. */
const BUILTIN = 'builtin';


/***/ }),

/***/ 7064:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ parseReleaseVersion),
/* harmony export */   LW: () => (/* binding */ coerceNativeSemVer),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   yZ: () => (/* reexport safe */ _ranges_js__WEBPACK_IMPORTED_MODULE_1__.yZ)
/* harmony export */ });
/* unused harmony exports isVersion, coerceNativeVersion, satisfiesRange, majorOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _ranges_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2903);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3425);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2628);
// Version rules shared by the action (what may be published) and the responder (what a device
// may receive). Bundle versions are strict SemVer 2.0 without build metadata; native versions
// reported by devices are looser and get coerced.





const VERSION_RULE = 'use X.Y.Z or X.Y.Z-prerelease, e.g. 1.2.3 or 1.3.0-beta.1; tags like v1.2.3 are accepted';
/**
 * The bundle version named by an input or a tag: one leading `v` and surrounding whitespace are
 * stripped, the rest must be strict SemVer without build metadata.
 */
function parseReleaseVersion(raw, input) {
    const trimmed = raw.trim();
    const candidate = trimmed.startsWith('v') ? trimmed.slice(1) : trimmed;
    const parsed = (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemVer */ .IX)(candidate);
    if (parsed && parsed.build === undefined)
        return candidate;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(input, `${quote(raw)} ${whyNotAVersion(trimmed, candidate)}; ${VERSION_RULE}.`);
}
function whyNotAVersion(trimmed, candidate) {
    if (trimmed === '')
        return 'is empty';
    if (candidate === _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILTIN */ .s)
        return 'is reserved for the bundle shipped inside the app binary';
    const parsed = (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemVer */ .IX)(candidate);
    if (parsed?.build !== undefined) {
        // Precedence ignores `+build`, so two different bundles would rank as the same version.
        return `carries build metadata \`+${parsed.build}\`, which version comparison ignores; drop it`;
    }
    if (/^\d+(\.\d+)?$/.test(candidate))
        return 'has fewer than three numbers';
    if (/(^|[.-])0\d/.test(candidate))
        return 'has a number with a leading zero';
    if (trimmed.startsWith('vv'))
        return 'has more than one leading `v`';
    if (trimmed.startsWith('V'))
        return 'starts with a capital `V` (only a lowercase `v` is stripped)';
    return 'is not a strict semantic version';
}
function quote(value) {
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    return `\`${shown}\``;
}
/** Strict SemVer 2.0 (build metadata allowed): what `compareVersions` accepts besides `builtin`. */
function isVersion(raw) {
    return parseSemVer(raw) !== undefined;
}
/**
 * SemVer 2.0 precedence, for sorting: numeric identifiers compare numerically (1.0.9 < 1.0.10),
 * prereleases rank below their release, build metadata is ignored, and `builtin` (the bundle in
 * the binary) ranks below every version. Throws on anything else: check with `isVersion`.
 */
function compareVersions(a, b) {
    if (a === _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILTIN */ .s || b === _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILTIN */ .s)
        return Number(b === _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILTIN */ .s) - Number(a === _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILTIN */ .s);
    return (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .compareSemVer */ .Cg)(mustParse(a), mustParse(b));
}
function mustParse(version) {
    const parsed = (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemVer */ .IX)(version);
    if (!parsed)
        throw new TypeError(`${quote(version)} is not a semantic version`);
    return parsed;
}
const NATIVE_VERSION = new RegExp(`^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.\\d+)*(?:-(${_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .PRERELEASE */ .rk}))?(?:\\+[0-9A-Za-z.-]*)?$`);
/**
 * A device's native version (`version_build`) as strict semver. App stores take looser strings
 * than SemVer, so: missing parts become 0 (`1.4` → `1.4.0`), leading zeros are dropped, parts
 * after the third (`1.2.3.4`, common on Android) and build metadata are ignored, a prerelease is
 * kept. Anything else, `builtin` included, gives undefined.
 */
function coerceNativeVersion(raw) {
    const version = coerceNativeSemVer(raw);
    return version && formatSemVer(version);
}
/** `coerceNativeVersion` before formatting: the parsed form, for comparing without re-parsing. */
function coerceNativeSemVer(raw) {
    const text = raw.trim();
    if (text.length > 256)
        return undefined;
    const match = NATIVE_VERSION.exec(text);
    if (!match)
        return undefined;
    const [, major, minor = '0', patch = '0', prerelease] = match;
    return (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .makeSemVer */ .$o)(Number(major), Number(minor), Number(patch), prerelease);
}
/**
 * Whether a version is inside an npm-style range, with prereleases treated as ordinary points
 * of the SemVer order (see `ranges.ts`). False when either is invalid.
 */
function satisfiesRange(version, range) {
    const parsed = parseSemVer(version);
    const sets = parsedRange(range);
    return parsed !== undefined && sets !== undefined && versionInRange(parsed, sets);
}
/** The major number, or undefined when `version` is not semver (`builtin` included). */
function majorOf(version) {
    return parseSemVer(version)?.major;
}


/***/ }),

/***/ 9174:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   c: () => (/* binding */ checkDeviceUrl)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
// URL rules from the device's side: iOS ATS and Android block cleartext, so a bundle URL must be
// https; plain http is accepted only for a loopback host, where local tests run.
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);
function checkDeviceUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return { ok: false, problem: 'is not an absolute URL' };
    }
    if (url.protocol === 'https:')
        return { ok: true, loopbackHttp: false };
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
        return { ok: true, loopbackHttp: true };
    }
    return { ok: false, problem: 'must use https (devices block cleartext downloads)' };
}
function isLoopbackHost(hostname) {
    return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}
/** A URL as it may appear in a log: no query string or credentials, which may carry a token. */
function redactUrl(text) {
    try {
        const url = new URL(text);
        return `${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`;
    }
    catch {
        return '(unparsable URL)';
    }
}


/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
